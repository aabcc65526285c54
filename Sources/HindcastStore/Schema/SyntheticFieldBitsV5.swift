import GRDB

/// Issue 15's storage target, second step: every prediction, grade, feature-store row and player
/// context row repeated the same list of synthetic field names as JSON text (about 16 MB a season
/// in each of the two prediction tables). Each list now lives in two stored columns at the end of
/// its table, its bits over `SyntheticFieldList.vocabulary` and, only when the bits cannot spell
/// it, its own text; the JSON column becomes VIRTUAL, generated from them, and reads back byte
/// for byte as it was written (`TableRebuild` checks every row before the old table goes).
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum SyntheticFieldBitsV5 {
    /// The tables and their list column.
    static let lists = [
        (table: "upcoming_player_game_context", column: "synthetic_fields"),
        (table: "ml_feature_store", column: "synthetic_context_fields"),
        (table: "player_prop_predictions", column: "synthetic_context_fields"),
        (table: "prediction_accuracy", column: "synthetic_context_fields"),
    ]

    static func migrate(_ db: Database) throws {
        for (table, column) in lists {
            let bits = "\(column)_bits"
            let text = "\(column)_text"
            try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN \(bits) INTEGER NOT NULL DEFAULT 0")
            try db.execute(sql: "ALTER TABLE \(table) ADD COLUMN \(text) TEXT")
            let named = SyntheticFieldList.vocabulary.enumerated().map { index, name in
                "CASE WHEN instr(\(column), '\"\(name)\"') > 0 THEN \(1 << index) ELSE 0 END"
            }
            try db.execute(sql: "UPDATE \(table) SET \(bits) = " + named.joined(separator: " + "))
            let spelled = SyntheticFieldList.generatedSQL(bits: bits, text: text)
            try db.execute(
                sql: "UPDATE \(table) SET \(text) = \(column), \(bits) = 0 WHERE \(spelled) IS NOT \(column)")
            try TableRebuild.rebuild(db, table: table) { statement in
                try TableRebuild.replacing(
                    "\(column) TEXT NOT NULL,",
                    with: "\(column) TEXT NOT NULL GENERATED ALWAYS AS (\(spelled)) VIRTUAL,",
                    in: statement, table: table)
            }
        }
    }
}
