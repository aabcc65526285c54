import ArgumentParser
import HindcastCore
import HindcastReports

/// `hindcast status`: the run history as a date × processor grid (done, synthetic-context, failed,
/// skipped, blocked, stale), with the reason of every partition a re-run would redo.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Run history as a date × processor grid: done, synthetic context, failed, skipped, stale."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: OptionalDateRangeOptions
    @OptionGroup var output: FormatOptions

    @Option(
        name: .long,
        help:
            "Also call partitions stale whose run used other settings than this profile (default: only versions and inputs count)."
    )
    var profile: String?

    @Option(name: .long, help: "Folder holding NAME.json profiles.")
    var profilesDir: String = "profiles"

    func run() throws {
        let store = try warehouse.openReadOnly()
        let profile = try profile.map { try ProfileLoader.load($0, directory: profilesDir) }
        let graph = try Pipeline.graph()
        let grid = try store.read { db in
            try StatusGrid.measure(
                db, graph: graph, calendar: try GameCalendar.load(db), profile: profile, from: dates.startDate,
                through: dates.endDate)
        }
        if grid.cells.isEmpty { Console.message("no runs recorded in \(warehouse.path) for these dates") }
        print(grid.render(as: output.format), terminator: "")
    }
}
