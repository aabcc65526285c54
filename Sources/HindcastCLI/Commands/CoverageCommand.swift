import ArgumentParser
import HindcastReports
import HindcastStore

/// `hindcast coverage`: per table, the dates covered, rows, and observed/synthetic rows.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Per table: dates covered, game days missing, rows, observed/synthetic context rows, and totals."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: OptionalDateRangeOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try warehouse.openReadOnly()
        let report = try store.read { db in
            try CoverageReport.measure(db, start: dates.startDate?.description, end: dates.endDate?.description)
        }
        print(report.render(as: output.format, width: output.width), terminator: "")
    }
}
