import ArgumentParser
import Foundation
import HindcastReports

/// `hindcast report`: a self-contained HTML report of a date range (coverage calendar, quality by
/// context origin, accuracy by system and origin), written to one file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract: "Write one self-contained HTML file: coverage calendar, quality by context origin, accuracy."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions

    @Option(name: .long, help: "The HTML file to write.")
    var out: String

    func run() throws {
        try OutputFile.check(out, warehouse: warehouse.path)
        let store = try warehouse.openReadOnly()
        let data = try store.read { db in try ReportData.load(db, range: dates.range) }
        let html = HTMLReport.render(data, source: (warehouse.path as NSString).lastPathComponent)
        try OutputFile.write(html, to: out)
        let graded = data.accuracy.reduce(0) { $0 + $1.graded }
        Console.message(
            "wrote \(out) (\(html.utf8.count / 1024) KiB): \(data.gameDays.count) game days, "
                + "\(data.quality.values.reduce(0) { $0 + $1.count }) feature rows, \(graded) graded predictions")
    }
}
