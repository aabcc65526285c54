import Foundation
import HindcastCore
import HindcastReports

/// A run's result as `backfill --format json` prints it (like dbt's `run_results.json`): one
/// object with the run id, the exit status and code, step counts per processor and outcome, rows
/// written per table, and the failed and skipped partitions with their reasons.
struct RunResult: Encodable {
    /// `success` (exit 0), `partial` (3: some dates failed, others committed), `failed` (1: every
    /// requested date failed), `interrupted` (1), or `refused` (2: the preflight found gaps).
    let status: String
    let exitCode: Int32
    /// The error line printed on standard error, when the run did not succeed.
    let message: String?
    let runId: String?
    let command: String
    let profile: String
    let startDate: GameDate
    let endDate: GameDate
    let startedAt: String
    let elapsedSeconds: Double
    let plannedSteps: Int
    let requestedSteps: Int
    let upstreamSteps: Int
    let notRun: Int
    /// Per processor: steps by outcome (`success`, `kept`, `skipped`, `blocked`, `failed`).
    let counts: [String: [String: Int]]
    let rowsWritten: [String: Int]
    let failed: [Partition]
    let skipped: [Partition]
    /// The preflight's gaps, when it refused.
    let gaps: [PreflightGap]?

    /// One partition that did not succeed.
    struct Partition: Encodable {
        let processor: String
        let date: GameDate
        let runId: String?
        /// `failed`; for skips `skipped` (the processor wrote nothing on purpose) or `blocked` (an
        /// upstream partition failed).
        let outcome: String
        let reason: String
    }

    /// The result of a run that happened.
    init(
        report: RunReport, plan: BackfillPlan, verdict: RunVerdict, command: String, profile: String,
        range: DateRange, startedAt: Date, elapsed: Double
    ) {
        let requested = plan.steps.filter { plan.requested.contains(PartitionKey($0.processorID, $0.date)) }.count
        var counts: [String: [String: Int]] = [:]
        for result in report.results {
            counts[result.step.processorID, default: [:]][Self.outcome(result), default: 0] += 1
        }
        self.init(
            status: verdict.status, exitCode: verdict.code, message: verdict.message, runId: report.invocationID,
            command: command, profile: profile, startDate: range.start, endDate: range.end,
            startedAt: DateLog.timestamp(startedAt), elapsedSeconds: (elapsed * 1000).rounded() / 1000,
            plannedSteps: plan.steps.count, requestedSteps: requested, upstreamSteps: plan.steps.count - requested,
            notRun: report.notRun, counts: counts, rowsWritten: report.rowsWritten,
            failed: report.failed.map {
                Partition(
                    processor: $0.step.processorID, date: $0.step.date, runId: $0.runID, outcome: "failed",
                    reason: $0.message ?? "")
            },
            skipped: report.skipped.map {
                Partition(
                    processor: $0.step.processorID, date: $0.step.date, runId: $0.runID, outcome: Self.outcome($0),
                    reason: $0.message ?? "")
            },
            gaps: nil)
    }

    /// The result of a run the preflight refused: nothing ran.
    init(refused preflight: PreflightReport, plan: BackfillPlan, command: String, range: DateRange, startedAt: Date) {
        let requested = plan.steps.filter { plan.requested.contains(PartitionKey($0.processorID, $0.date)) }.count
        self.init(
            status: "refused", exitCode: ExitCodes.preflightRefused, message: preflight.refusal, runId: nil,
            command: command, profile: preflight.profileName, startDate: range.start, endDate: range.end,
            startedAt: DateLog.timestamp(startedAt), elapsedSeconds: 0, plannedSteps: plan.steps.count,
            requestedSteps: requested, upstreamSteps: plan.steps.count - requested, notRun: plan.steps.count,
            counts: [:], rowsWritten: [:], failed: [], skipped: [], gaps: preflight.gaps)
    }

    private init(
        status: String, exitCode: Int32, message: String?, runId: String?, command: String, profile: String,
        startDate: GameDate, endDate: GameDate, startedAt: String, elapsedSeconds: Double, plannedSteps: Int,
        requestedSteps: Int, upstreamSteps: Int, notRun: Int, counts: [String: [String: Int]],
        rowsWritten: [String: Int], failed: [Partition], skipped: [Partition], gaps: [PreflightGap]?
    ) {
        self.status = status
        self.exitCode = exitCode
        self.message = message
        self.runId = runId
        self.command = command
        self.profile = profile
        self.startDate = startDate
        self.endDate = endDate
        self.startedAt = startedAt
        self.elapsedSeconds = elapsedSeconds
        self.plannedSteps = plannedSteps
        self.requestedSteps = requestedSteps
        self.upstreamSteps = upstreamSteps
        self.notRun = notRun
        self.counts = counts
        self.rowsWritten = rowsWritten
        self.failed = failed
        self.skipped = skipped
        self.gaps = gaps
    }

    /// `success`, `kept`, `skipped`, `blocked` or `failed`.
    static func outcome(_ result: StepResult) -> String {
        if result.keptUnchanged { return "kept" }
        switch result.status {
        case .failed: return "failed"
        case .skipped: return result.outcome == nil ? "blocked" : "skipped"
        default: return result.status.rawValue
        }
    }

    /// The object as one line of JSON.
    var json: String { JSONOutput.line(self) }
}

/// How a run ended, as an exit status: 0 done, 3 some dates failed while others committed, 1
/// every requested date failed or the run was interrupted.
struct RunVerdict {
    let status: String
    let code: Int32
    let message: String?

    init(report: RunReport, plan: BackfillPlan, range: DateRange) {
        if report.notRun > 0 {
            status = "interrupted"
            code = ExitCodes.error
            message =
                "interrupted: \(report.notRun) of \(plan.steps.count) steps not run; every finished step is "
                + "committed, and re-running the same command resumes from there"
            return
        }
        let failedDates = Set(report.failedDates)
        guard !failedDates.isEmpty else {
            (status, code, message) = ("success", 0, nil)
            return
        }
        let requestedFailed = plan.dates.filter(failedDates.contains)
        let listed = report.failedDates.map(\.description).joined(separator: ", ")
        if !plan.dates.isEmpty && requestedFailed.count == plan.dates.count {
            status = "failed"
            code = ExitCodes.error
            message =
                "every requested date failed (\(listed)); nothing of \(range) is complete; fix the cause above and re-run"
            return
        }
        status = "partial"
        code = ExitCodes.partial
        message =
            "\(failedDates.count) date\(failedDates.count == 1 ? "" : "s") failed (\(listed)); other dates are "
            + "committed and a re-run resumes from the failed partitions"
    }
}
