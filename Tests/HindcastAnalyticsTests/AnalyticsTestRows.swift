import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport

/// One fetched row as column → value, readable as any type (`row["pace"] == 102.8`).
struct Fields: Sendable {
    let values: [String: DatabaseValue]

    subscript<T: DatabaseValueConvertible>(_ column: String) -> T? {
        T.fromDatabaseValue(values[column] ?? .null)
    }

    /// Whether the column is NULL (or absent).
    func isNull(_ column: String) -> Bool { values[column]?.isNull ?? true }
}

/// Small query helpers and the Phase 3 processor ids, for the analytics tests.
enum Phase3 {
    static let processors = ["team_offense_game_summary", "team_defense_game_summary", "player_game_summary"]

    /// Runs the Phase 3 processors on the game days of `start...end`.
    @discardableResult
    static func run(_ seeded: SeededWarehouse, from start: String, through end: String) throws -> RunReport {
        try PipelineRun.run(seeded.warehouse, from: start, through: end, processors: processors)
    }

    /// The first row of `sql`; `nil` when there is none.
    static func row(_ seeded: SeededWarehouse, _ sql: String, _ arguments: StatementArguments = []) throws -> Fields? {
        try seeded.warehouse.read { db in
            try Row.fetchOne(db, sql: sql, arguments: arguments).map { row in
                Fields(values: Dictionary(uniqueKeysWithValues: row.columnNames.map { ($0, row[$0] as DatabaseValue) }))
            }
        }
    }

    /// A single integer (counts).
    static func count(_ seeded: SeededWarehouse, _ sql: String, _ arguments: StatementArguments = []) throws -> Int {
        try seeded.warehouse.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }
}
