import GRDB
import HindcastStore
import HindcastTestSupport

/// Reading context rows in tests.
enum ContextRow {
    /// The player context row of `lookup` on `date` as column → text ("NULL" for NULL).
    static func player(_ warehouse: Warehouse, _ date: String, _ lookup: String) throws -> [String: String]? {
        try row(warehouse, "upcoming_player_game_context", "player_lookup", date, lookup)
    }

    /// The team context row of `team` on `date`.
    static func team(_ warehouse: Warehouse, _ date: String, _ team: String) throws -> [String: String]? {
        try row(warehouse, "upcoming_team_game_context", "team_abbr", date, team)
    }

    private static func row(
        _ warehouse: Warehouse, _ table: String, _ key: String, _ date: String, _ value: String
    )
        throws -> [String: String]?
    {
        try warehouse.read { db in
            try Row.fetchOne(
                db, sql: "SELECT * FROM \(table) WHERE game_date = ? AND \(key) = ?", arguments: [date, value]
            ).map { row in
                Dictionary(uniqueKeysWithValues: row.columnNames.map { name in (name, text(row[name])) })
            }
        }
    }

    /// A value as plain text: strings unquoted, "NULL" for NULL.
    static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: return "NULL"
        case .int64(let int): return String(int)
        case .double(let double): return String(double)
        case .string(let string): return string
        case .blob(let data): return "<\(data.count) bytes>"
        }
    }

    /// Context origin counts for a date: ["observed": n, "synthetic": m].
    static func origins(_ warehouse: Warehouse, _ date: String) throws -> [String: Int] {
        try warehouse.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(
                    db,
                    sql: """
                        SELECT context_origin, COUNT(*) FROM upcoming_player_game_context WHERE game_date = ?
                        GROUP BY 1
                        """, arguments: [date]
                ).map { ($0[0] as String, $0[1] as Int) })
        }
    }

    static let processors = ["upcoming_team_game_context", "upcoming_player_game_context"]
}
