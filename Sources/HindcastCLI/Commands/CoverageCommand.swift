import ArgumentParser
import HindcastReports
import HindcastStore

/// `hindcast coverage`: per table, the dates covered, rows, and observed/synthetic rows.
struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Per table of the schema: dates covered, rows, and observed/synthetic context rows."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: OptionalDateRangeOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try warehouse.openReadOnly()
        let report = try store.read { db in
            try CoverageReport.measure(db, start: dates.startDate?.description, end: dates.endDate?.description)
        }
        print(TableRenderer.render(report.result, as: output.format), terminator: "")
    }
}
