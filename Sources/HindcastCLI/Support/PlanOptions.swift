import ArgumentParser
import HindcastCore
import HindcastReports

/// The options `backfill` and `preflight` share (warehouse, date range, processors, profile,
/// format), and the plan preview both print: `preflight`, and `backfill --dry-run`.
struct PlanOptions: ParsableArguments {
    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var selection: ProcessorSelection
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var output: FormatOptions

    /// The plan of the selected processors over the range; with `resume`, complete and current
    /// partitions are kept.
    func plan(in session: PipelineSession, resume: Bool) throws -> BackfillPlan {
        try session.plan(try selection.ids(in: session.graph), range: dates.range, resume: resume)
    }

    /// Prints the plan with its preflight and writes nothing (an empty or absent warehouse is
    /// planned against a throwaway copy of the bundled season; an absent one only when
    /// `requireWarehouse` is off); `footer` goes to standard error after the plan. Exits 2 when the
    /// preflight refuses and `skipPreflight` is off.
    func preview(
        profile: Profile, resume: Bool, skipPreflight: Bool, requireWarehouse: Bool = false, footer: String? = nil
    ) throws {
        let planning = try PlanningStore(warehouse, requireWarehouse: requireWarehouse)
        if let note = planning.note { Console.message(note) }
        let session = try PipelineSession(loaded: planning.warehouse, profile: profile)
        let plan = try plan(in: session, resume: resume)
        let preflight = try session.preflight(plan, range: dates.range)
        let report = PlanReport(
            plan: plan, preflight: preflight, skipPreflight: skipPreflight, gameDays: session.calendar.gameDates)
        print(report.render(as: output.format, width: output.width), terminator: "")
        if let footer { Console.message(footer) }
        if !preflight.passes && !skipPreflight { throw ExitCodes.refused(preflight, listingGaps: false) }
    }
}
