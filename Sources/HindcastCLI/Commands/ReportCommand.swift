import ArgumentParser
import Foundation
import HindcastCore
import HindcastReports

/// `hindcast report`: a self-contained HTML report of a date range (run calendar, accuracy beside
/// the baselines and over time, fidelity, quality by context origin, coverage), written to one file.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report",
        abstract:
            "Write one self-contained HTML file: run calendar, accuracy with baselines and over time, fidelity, quality."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions

    @Option(name: .long, help: "The HTML file to write.")
    var out: String

    @Option(
        name: .long,
        help: "Profile to measure fidelity with (default: the one the range's newest runs used, else default).")
    var profile: String?

    @Option(name: .long, help: "Folder searched first for NAME.json profiles.")
    var profilesDir: String = "profiles"

    func validate() throws {
        if let profile { try ProfileSearch.validate(profile, directory: profilesDir) }
    }

    func run() throws {
        try OutputFile.check(out, warehouse: warehouse.path)
        let store = try warehouse.openReadOnly()
        let graph = try Pipeline.graph()
        let (data, fidelityProfile) = try store.read { db in
            let runs = try ReportRun.load(db, range: dates.range)
            let fidelityProfile =
                try profile.map { try ProfileSearch.load($0, directory: profilesDir) }
                ?? (try? ProfileSearch.load(runs.last?.profileName ?? "default", directory: profilesDir))
            let data = try ReportData.load(db, range: dates.range, graph: graph, fidelityProfile: fidelityProfile)
            return (data, fidelityProfile)
        }
        let header = ReportHeader(
            generatedAt: Date(), source: (warehouse.path as NSString).lastPathComponent,
            version: HindcastVersion.number,
            fidelityProfile: fidelityProfile.map { "\($0.name) v\($0.version)" })
        let html = HTMLReport.render(data, header: header)
        try OutputFile.write(html, to: out)
        let graded = data.accuracy.filter { $0.origin == "all" && !$0.system.hasPrefix("baseline_") }.reduce(0) {
            $0 + $1.graded
        }
        Console.message(
            "wrote \(out) (\(html.utf8.count / 1024) KiB): \(data.gameDays.count) game days, "
                + "\(data.quality.values.reduce(0) { $0 + $1.count }) feature rows, \(graded) graded predictions")
    }
}
