import ArgumentParser
import HindcastReports
import HindcastStore

/// `hindcast accuracy`: MAE, bias, count and hit rate of the graded predictions, by system and
/// by context origin, quality tier, month and line source, beside the season-average and line baselines.
struct AccuracyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "accuracy",
        abstract: "MAE, bias and hit rate of graded predictions by system, context origin, quality tier and month.",
        discussion: """
            Hit rate counts OVER/UNDER calls against observed lines only (pushes and DNPs voided). The \
            baseline_season_average and baseline_line rows grade the player's season average before the date, \
            and the observed line itself, as if they were predictions.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: OptionalDateRangeOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try warehouse.openReadOnly()
        let report = try store.read { db in
            try AccuracyReport.measure(db, start: dates.startDate?.description, end: dates.endDate?.description)
        }
        print(AccuracyRendering.render(report, as: output.format, width: output.width), terminator: "")
    }
}
