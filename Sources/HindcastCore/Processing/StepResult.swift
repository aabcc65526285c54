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
}

/// Everything a run of the runner did, step by step.
public struct RunReport: Sendable, Equatable {
    public let invocationID: String
    public let results: [StepResult]

    public var succeeded: Int { results.filter { $0.status == .success }.count }
    public var failed: [StepResult] { results.filter { $0.status == .failed } }
    public var skipped: [StepResult] { results.filter { $0.status == .skipped } }

    /// Dates on which at least one step failed or was skipped because an upstream failed.
    public var failedDates: [GameDate] {
        Array(
            Set(
                results.filter { $0.status == .failed || ($0.status == .skipped && $0.outcome == nil) }.map(\.step.date)
            )
        )
        .sorted()
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
