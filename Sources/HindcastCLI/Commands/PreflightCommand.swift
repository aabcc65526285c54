import ArgumentParser
import HindcastCore
import HindcastReports

/// `hindcast preflight`: per date and processor, what exists, what a backfill would compute,
/// which context rows would be observed and which synthetic, and what would fail and why.
/// Writes nothing; exits 2 when a backfill would refuse.
struct PreflightCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preflight",
        abstract: "What exists, what would be computed or synthesised, and what would fail, per date and processor."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var selection: ProcessorSelection
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var output: FormatOptions

    @Flag(name: .long, help: "Plan as `backfill --no-resume` would: every requested partition redone.")
    var noResume = false

    func run() throws {
        let planning = try PlanningStore(warehouse)
        if let note = planning.note { Console.message(note) }
        let session = try PipelineSession(loaded: planning.warehouse, profile: try profileOptions.load())
        let plan = try session.plan(try selection.ids(in: session.graph), range: dates.range, resume: !noResume)
        let preflight = try session.preflight(plan, range: dates.range)
        let report = PlanReport(plan: plan, preflight: preflight, gameDays: session.calendar.gameDates)
        print(report.render(as: output.format), terminator: "")
        if !preflight.passes { throw BackfillCommand.refuse(preflight, printGaps: false) }
    }
}
