import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport

/// One fetched row as column → value, readable as any type (`row["games_in_sample"] == 15`).
struct ZoneFields: Sendable {
    let values: [String: DatabaseValue]

    subscript<T: DatabaseValueConvertible>(_ column: String) -> T? {
        T.fromDatabaseValue(values[column] ?? .null)
    }

    /// Whether the column is NULL (or absent).
    func isNull(_ column: String) -> Bool { values[column]?.isNull ?? true }
}

/// The processors of Phase 3 and of the zone analyses, and small query helpers.
enum ZonePipeline {
    static let phase3 = ["team_offense_game_summary", "team_defense_game_summary", "player_game_summary"]
    static let zones = ["team_defense_zone_analysis", "player_shot_zone_analysis"]
    static let tables = phase3 + zones

    /// Plans and runs `processors` on the game days of `start...end` (missing history included).
    @discardableResult
    static func run(
        _ seeded: SeededWarehouse, _ processors: [String], from start: String, through end: String
    )
        throws -> RunReport
    {
        let report = try PipelineRun.run(seeded.warehouse, from: start, through: end, processors: processors)
        if !report.failed.isEmpty {
            throw StepsFailed(
                messages: report.failed.map { "\($0.step.processorID) \($0.step.date): \($0.message ?? "")" })
        }
        return report
    }

    /// The first row of `sql`; `nil` when there is none.
    static func row(
        _ seeded: SeededWarehouse, _ sql: String, _ arguments: StatementArguments = []
    ) throws
        -> ZoneFields?
    {
        try seeded.warehouse.read { db in
            try Row.fetchOne(db, sql: sql, arguments: arguments).map { row in
                ZoneFields(
                    values: Dictionary(uniqueKeysWithValues: row.columnNames.map { ($0, row[$0] as DatabaseValue) }))
            }
        }
    }

    /// A single integer (counts).
    static func count(_ seeded: SeededWarehouse, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try seeded.warehouse.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    /// Rows of `table` (without `run_id`) matching `filter`.
    static func snapshot(_ seeded: SeededWarehouse, _ table: String, where filter: String = "1") throws -> [[String]] {
        try seeded.warehouse.read { db in try TableSnapshot.rows(db, table, where: filter) }
    }
}

/// Steps of a test run failed; the messages say which and why.
struct StepsFailed: Error, CustomStringConvertible {
    let messages: [String]
    var description: String { messages.joined(separator: "\n") }
}
