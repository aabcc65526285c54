import ArgumentParser
import HindcastCore
import HindcastReports

/// `hindcast status`: the run history as a date × processor grid (done, synthetic-context, failed,
/// skipped, blocked, stale), with the reason of every partition a re-run would redo. Exits 3 when
/// the range shows failed or blocked partitions, so a scheduler can alert on it.
struct StatusCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Run history as a date × processor grid: done, synthetic context, failed, skipped, stale.",
        discussion: """
            Exit codes: 0 nothing failed, 3 the range shows failed or blocked partitions (a backfill over it \
            redoes them), 1 error, 64 usage.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: OptionalDateRangeOptions
    @OptionGroup var selection: ProcessorSelection
    @OptionGroup var output: FormatOptions

    @Option(
        name: .long,
        help:
            "Also call partitions stale whose run used other settings than this profile (default: only versions and inputs count)."
    )
    var profile: String?

    @Option(name: .long, help: "Folder searched first for NAME.json profiles.")
    var profilesDir: String = "profiles"

    func validate() throws {
        if let profile { try ProfileSearch.validate(profile, directory: profilesDir) }
    }

    func run() throws {
        let store = try warehouse.openReadOnly()
        let profile = try profile.map { try ProfileSearch.load($0, directory: profilesDir) }
        let graph = try profile.map { try Pipeline.graph(for: $0) } ?? Pipeline.graph()
        var grid = try store.read { db in
            try StatusGrid.measure(
                db, graph: graph, calendar: try GameCalendar.load(db), profile: profile, from: dates.startDate,
                through: dates.endDate)
        }
        if selection.isRestricting { grid = grid.restricted(to: try selection.ids(in: graph)) }
        if grid.cells.isEmpty { Console.message("no runs recorded in \(warehouse.path) for these dates") }
        print(grid.render(as: output.format, width: output.width), terminator: "")
        if grid.failedOrBlocked > 0 {
            throw ExitCodes.fail(
                "\(grid.failedOrBlocked) partition\(grid.failedOrBlocked == 1 ? " is" : "s are") failed or blocked; "
                    + "a backfill over these dates redoes them", code: ExitCodes.partial)
        }
    }
}
