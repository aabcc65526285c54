import HindcastStore

/// How one planned step ended.
public struct StepResult: Sendable, Equatable {
    public let step: PlannedStep
    public let runID: String
    public let status: RunStatus
    /// What the processor reported, for successful and skipped runs.
    public let outcome: ProcessorOutcome?
    /// Why the step failed or was skipped.
    public let message: String?
    public let durationSeconds: Double
    /// Fingerprint of the rows the step left in its partitions (successful and skipped runs).
    public var outputFingerprint: String?
    /// The processor's version when the step ran.
    public var processorVersion: Int
    /// `UpstreamDependencies` JSON recorded for the run.
    public var consumed: String?
    /// The step was not run: it was planned only because something it reads was recomputed, and
    /// that came out identical. Nothing was recorded; the partition's earlier run still stands.
    public var keptUnchanged: Bool

    /// A result as the runner reports it (public for tests and tools that replay results).
    public init(
        step: PlannedStep, runID: String, status: RunStatus, outcome: ProcessorOutcome?, message: String?,
        durationSeconds: Double, outputFingerprint: String? = nil, processorVersion: Int = 0, consumed: String? = nil,
        keptUnchanged: Bool = false
    ) {
        self.step = step
        self.runID = runID
        self.status = status
        self.outcome = outcome
        self.message = message
        self.durationSeconds = durationSeconds
        self.outputFingerprint = outputFingerprint
        self.processorVersion = processorVersion
        self.consumed = consumed
        self.keptUnchanged = keptUnchanged
    }

    /// Whether the step failed, or was skipped because something it reads failed (a processor's
    /// deliberate skip completes): steps that read its partition cannot run.
    public var failedOrBlocked: Bool { status == .failed || (status == .skipped && outcome == nil) }

    /// The step as the run ledger records it.
    var ledgerRun: RunLedger.Run {
        RunLedger.Run(
            runID: runID, processorVersion: processorVersion, status: status,
            failureCategory: status == .failed ? .processingError : (outcome == nil ? .upstreamFailed : nil),
            skipReason: status == .skipped ? message : nil, error: status == .failed ? message : nil,
            outputFingerprint: outputFingerprint, upstreamDependencies: consumed, durationSeconds: durationSeconds)
    }
}

/// Everything a run of the runner did, step by step.
public struct RunReport: Sendable, Equatable {
    public let invocationID: String
    public let results: [StepResult]
    /// Planned steps not started because the run was asked to stop.
    public var notRun: Int = 0

    /// Steps that ran and succeeded.
    public var succeeded: Int { results.filter { $0.status == .success && !$0.keptUnchanged }.count }
    /// Steps not re-run because what they read came out identical.
    public var kept: [StepResult] { results.filter(\.keptUnchanged) }
    public var failed: [StepResult] { results.filter { $0.status == .failed } }
    public var skipped: [StepResult] { results.filter { $0.status == .skipped } }

    /// Dates on which at least one step failed or was skipped because an upstream failed.
    public var failedDates: [GameDate] {
        Array(Set(results.filter(\.failedOrBlocked).map(\.step.date))).sorted()
    }

    /// Rows written per table over the whole run.
    public var rowsWritten: [String: Int] {
        var totals: [String: Int] = [:]
        for result in results {
            for (table, count) in result.outcome?.rowsWritten ?? [:] { totals[table, default: 0] += count }
        }
        return totals
    }
}

/// Progress events the runner emits while it works.
public enum RunEvent: Sendable {
    case started(step: PlannedStep, index: Int, total: Int)
    case finished(StepResult, index: Int, total: Int)
}
