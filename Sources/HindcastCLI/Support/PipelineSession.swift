import ArgumentParser
import Foundation
import HindcastCore
import HindcastStore

/// Plans and runs processors over a date range the way every running command does: load the
/// bundled season into an empty warehouse, plan the steps from the run history (resume: only
/// missing, failed, blocked or stale partitions, plus missing upstream history), run them with
/// progress, print what was written, and exit 3 (or 1) when dates failed.
struct PipelineSession {
    let store: Warehouse
    let profile: Profile
    let graph: ProcessorGraph
    let calendar: GameCalendar

    /// A session on `store`, loading the bundled season first when it has no games.
    init(store: Warehouse, profile: Profile) throws {
        try DataLoading.ensureData(store)
        try self.init(loaded: store, profile: profile)
    }

    /// A session on a warehouse that already holds its data (nothing is imported).
    init(loaded store: Warehouse, profile: Profile) throws {
        self.store = store
        self.profile = profile
        self.graph = try Pipeline.graph(for: profile)
        self.calendar = try store.read { db in try GameCalendar.load(db) }
    }

    /// The plan that computes `targets` on the game days of `range`: with `resume`, partitions the
    /// history shows complete and current are kept; without it every requested one is redone.
    func plan(_ targets: [String], range: DateRange, resume: Bool = true) throws -> BackfillPlan {
        let planner = Planner(graph: graph, calendar: calendar)
        let dates = calendar.gameDates(in: range)
        return try store.read { db in
            try planner.plan(db, targets: targets, dates: dates, resume: resume, profile: profile)
        }
    }

    /// The preflight of `plan` over `range`.
    func preflight(_ plan: BackfillPlan, range: DateRange) throws -> PreflightReport {
        let check = Preflight(graph: graph, calendar: calendar, profile: profile)
        return try store.read { db in try check.check(db, plan: plan, range: range) }
    }

    /// Runs the plan, prints the outcome (as text, or with `json` as one `RunResult` object on
    /// standard output), and throws exit code 3 when some requested dates failed while others are
    /// complete (1 when every requested date failed, or the run was interrupted).
    func run(
        _ plan: BackfillPlan, label: String, range: DateRange, triggeredBy: String, verbosity: Verbosity = .normal,
        json: Bool = false
    ) throws {
        Console.message(PlanSummary.line(plan, label: label, range: range))
        let runner = Runner(
            warehouse: store, graph: graph, profile: profile, calendar: calendar, triggeredBy: triggeredBy)
        let estimates = try store.read { db in try RunLedger.load(db).meanDurations }
        let progress = ProgressReporter(
            verbosity: verbosity, steps: plan.steps, requested: Set(plan.dates), estimates: estimates)
        let interruption = Interruption.install()
        let startedAt = Date()
        let clock = ContinuousClock.now
        let report = try runner.run(
            plan.steps, progress: { progress.handle($0) }, shouldStop: { interruption.isRequested })
        progress.finish()
        let verdict = RunVerdict(report: report, plan: plan, range: range)
        if json {
            let elapsed = ContinuousClock.now - clock
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            let result = RunResult(
                report: report, plan: plan, verdict: verdict, command: triggeredBy, profile: profile.name,
                range: range, startedAt: startedAt, elapsed: seconds)
            print(result.json, terminator: "")
        } else {
            for (table, rows) in report.rowsWritten.sorted(by: { $0.key < $1.key }) {
                print("\(table): \(rows) rows written")
            }
            let kept = report.kept.isEmpty ? "" : ", \(report.kept.count) kept (inputs recomputed identically)"
            print(
                "\(report.notRun > 0 ? "stopped" : "done"): \(report.succeeded) succeeded, \(report.failed.count) failed, \(report.skipped.count) skipped"
                    + "\(kept) (\(report.invocationID))")
        }
        for failure in report.failed {
            Console.message("failed: \(failure.step.processorID) \(failure.step.date): \(failure.message ?? "")")
        }
        for skip in report.skipped where skip.outcome == nil {
            Console.message("skipped: \(skip.step.processorID) \(skip.step.date): \(skip.message ?? "")")
        }
        if let message = verdict.message { throw ExitCodes.fail(message, code: verdict.code) }
    }
}

/// The one-line summary a run prints before it starts.
enum PlanSummary {
    static func line(_ plan: BackfillPlan, label: String, range: DateRange) -> String {
        let requested = plan.steps.filter { plan.requested.contains(PartitionKey($0.processorID, $0.date)) }
        let kept = plan.requested.count - requested.count
        var counts: [String: Int] = [:]
        for step in plan.steps { counts[step.reason.label, default: 0] += 1 }
        let reasons = ["new", "retry", "stale", "recheck", "redo"].compactMap { label in
            counts[label].map { "\($0) \(label)" }
        }
        let days = plan.dates.count
        var text = "\(label) \(range): \(days) game day\(days == 1 ? "" : "s"), \(plan.steps.count) steps"
        text += " (\(requested.count) requested, \(plan.steps.count - requested.count) upstream history"
        text += reasons.isEmpty ? ")" : "; \(reasons.joined(separator: ", ")))"
        if kept > 0 { text += "; \(kept) requested partitions already complete and kept" }
        return text
    }
}
