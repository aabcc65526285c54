import ArgumentParser
import HindcastReports
import HindcastStore

/// `hindcast sql`: read-only SQL, with the reference's dataset-qualified table names.
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run read-only SQL against the warehouse (dataset names such as nba_precompute.* resolve)."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var output: FormatOptions
    @Argument(help: "One SQL statement, e.g. \"SELECT COUNT(*) FROM nba_raw.player_boxscores\".")
    var statement: String

    func run() throws {
        _ = try warehouse.open()
        let result = try ReadOnlySQL.query(statement, warehousePath: warehouse.path)
        print(TableRenderer.render(result, as: output.format), terminator: "")
    }
}
