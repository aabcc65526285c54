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
        let session = try PipelineSession(store: try warehouse.open(), profile: try profileOptions.load())
        let steps = session.plan(try selection.ids(in: session.graph), range: dates.range)
        try session.run(steps, label: "backfill", range: dates.range, triggeredBy: "backfill")
    }
}
