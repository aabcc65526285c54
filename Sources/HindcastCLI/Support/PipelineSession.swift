import ArgumentParser
import HindcastCore
import HindcastStore

/// Plans and runs processors over a date range the way every running command does: load the
/// bundled season into an empty warehouse, plan the steps (with missing upstream history), run
/// them with progress, print what was written, and exit 3 when some dates failed.
struct PipelineSession {
    let store: Warehouse
    let profile: Profile
    let graph: ProcessorGraph
    let calendar: GameCalendar

    init(store: Warehouse, profile: Profile) throws {
        try DataLoading.ensureData(store)
        self.store = store
        self.profile = profile
        self.graph = try Pipeline.graph()
        self.calendar = try store.read { db in try GameCalendar.load(db) }
    }

    /// The steps that compute `targets` on the game days of `range`.
    func plan(_ targets: [String], range: DateRange) -> [PlannedStep] {
        let planner = Planner(graph: graph, calendar: calendar)
        return planner.plan(targets: targets, dates: calendar.gameDates(in: range)) { id, date in
            (try? store.read { db in try BackfillState.isComplete(db, processor: id, date: date) }) ?? false
        }
    }

    /// Runs `steps`, prints the outcome, and throws exit code 3 when any step failed.
    func run(_ steps: [PlannedStep], label: String, range: DateRange, triggeredBy: String) throws {
        let days = Set(steps.filter { $0.reason == .requested }.map(\.date)).count
        Console.message(
            "\(label) \(range): \(days) game day\(days == 1 ? "" : "s"), \(steps.count) steps "
                + "(\(steps.filter { $0.reason == .requested }.count) requested, "
                + "\(steps.filter { $0.reason != .requested }.count) upstream history)")
        let runner = Runner(
            warehouse: store, graph: graph, profile: profile, calendar: calendar, triggeredBy: triggeredBy)
        let progress = ProgressReporter(enabled: Console.stderrIsTerminal)
        let report = runner.run(steps) { progress.handle($0) }
        progress.finish()
        for (table, rows) in report.rowsWritten.sorted(by: { $0.key < $1.key }) {
            print("\(table): \(rows) rows written")
        }
        print(
            "done: \(report.succeeded) succeeded, \(report.failed.count) failed, \(report.skipped.count) skipped "
                + "(\(report.invocationID))")
        for failure in report.failed {
            Console.message("failed: \(failure.step.processorID) \(failure.step.date): \(failure.message ?? "")")
        }
        for skip in report.skipped where skip.outcome == nil {
            Console.message("skipped: \(skip.step.processorID) \(skip.step.date): \(skip.message ?? "")")
        }
        if !report.failed.isEmpty {
            let count = report.failedDates.count
            throw ExitCodes.fail(
                "\(count) date\(count == 1 ? "" : "s") failed; other dates are committed and a re-run resumes",
                code: ExitCodes.partial)
        }
    }
}
