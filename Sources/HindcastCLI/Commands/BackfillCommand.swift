import ArgumentParser
import HindcastCore
import HindcastStore

/// `hindcast backfill`: runs the pipeline over a date range, computing any missing history the
/// selected processors read, one transaction per processor × date.
struct BackfillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backfill",
        abstract: "Run the pipeline over a date range (loads the bundled season into an empty warehouse)."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var selection: ProcessorSelection
    @OptionGroup var profileOptions: ProfileOptions

    func run() throws {
        let store = try warehouse.open()
        try DataLoading.ensureData(store)
        let profile = try profileOptions.load()
        let graph = try Pipeline.graph()
        let targets = try selection.ids(in: graph)
        let calendar = try store.read { db in try GameCalendar.load(db) }
        let gameDates = calendar.gameDates(in: dates.range)
        let planner = Planner(graph: graph, calendar: calendar)
        let steps = planner.plan(targets: targets, dates: gameDates) { id, date in
            (try? store.read { db in try BackfillState.isComplete(db, processor: id, date: date) }) ?? false
        }
        Console.message(
            "backfill \(dates.range): \(gameDates.count) game day\(gameDates.count == 1 ? "" : "s"), "
                + "\(targets.count) processor\(targets.count == 1 ? "" : "s"), \(steps.count) steps "
                + "(\(steps.filter { $0.reason == .requested }.count) requested, "
                + "\(steps.filter { $0.reason != .requested }.count) upstream history)")
        let runner = Runner(
            warehouse: store, graph: graph, profile: profile, calendar: calendar, triggeredBy: "backfill")
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
            throw ExitCodes.fail(
                "\(report.failedDates.count) date\(report.failedDates.count == 1 ? "" : "s") failed; other dates are committed and a re-run resumes",
                code: ExitCodes.partial)
        }
    }
}
