import Foundation
import GRDB
import HindcastCLI
import HindcastCore
import HindcastStore
import HindcastTestSupport

/// Warehouses and helpers for the command-line tests: the bundled 2021-22 season with the game
/// summaries computed from opening night through 2022-01-02 (built once per test process with
/// the library, copied per test), on which `hindcast` runs January dates in seconds.
enum CLIFixtures {
    /// A fresh copy of the season with the game summaries through 2022-01-02.
    static func summariesThroughJanuary2() throws -> CLIWarehouse {
        try TestWarehouse.season2021(after: "summaries-2022-01-02") { warehouse in
            try PipelineRun.run(
                warehouse, from: "2021-10-19", through: "2022-01-02",
                processors: ["team_offense_game_summary", "team_defense_game_summary", "player_game_summary"])
        }
    }

    /// Runs `hindcast` with `--db` set to the warehouse, in its directory.
    static func hindcast(_ arguments: [String], on warehouse: CLIWarehouse) throws -> CommandLineRun {
        try CommandLineRun.hindcast(
            [arguments[0], "--db", warehouse.path] + arguments.dropFirst(), in: warehouse.directory.path)
    }

    /// Rows of every pipeline table, without `run_id`.
    static func pipelineTables(_ warehouse: Warehouse) throws -> [String: [[String]]] {
        try warehouse.read { db in
            var tables: [String: [[String]]] = [:]
            for table in WarehouseCatalog.tables where table.kind == .pipeline {
                tables[table.name] = try TableSnapshot.rows(db, table.name)
            }
            return tables
        }
    }

    /// Decodes JSON printed on standard output.
    static func json(_ run: CommandLineRun) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
    }
}

/// A warehouse copied from a template, in its own temporary directory (removed when released).
typealias CLIWarehouse = SeededWarehouse
