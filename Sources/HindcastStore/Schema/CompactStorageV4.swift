import GRDB

/// Issue 15's storage target: the same rows in fewer bytes. Columns that restate what other
/// columns of the same row hold become VIRTUAL generated columns (computed when read, byte for
/// byte what the writers wrote, never stored):
/// - `ml_feature_store.features`, `feature_sources` and `feature_names`, from the per-slot
///   `feature_N_value`/`_source` columns and `feature_version` (`FeatureStoreV1Layout`);
/// - `prediction_id` of `player_prop_predictions` and `prediction_accuracy`,
///   `game_date_player_lookup_system_id`.
///
/// Each table is rebuilt (`TableRebuild`), keeping every row. (Storing the predictions and grades
/// `WITHOUT ROWID`, to drop their primary-key indexes, was measured and left out: their rows are
/// not inserted in key order, so the pages it splits waste what the index cost.)
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum CompactStorageV4 {
    /// `feature_names`: the layout's names as a JSON array.
    static var featureNamesSQL: String {
        let names = FeatureStoreV1Layout.features.map { "\"\($0.name)\"" }.joined(separator: ",")
        return versioned("'[\(names)]'")
    }

    /// `feature_sources`: each slot's source tag, as a JSON array of strings.
    static var featureSourcesSQL: String {
        let sources = FeatureStoreV1Layout.features.indices.map { "feature_\($0)_source" }
        return versioned("'[\"' || " + sources.joined(separator: " || '\",\"' || ") + " || '\"]'")
    }

    /// `features`: each slot's value rounded to the thousandth, as the writer formats it (Swift's
    /// shortest round-trip text: `12.0`, `0.415`, `-0.0`); the feature's default where the source is
    /// `default` (the value column holds NULL then), `null` where it is missing.
    static var featuresSQL: String {
        let elements = FeatureStoreV1Layout.features.enumerated().map { index, feature in
            let value = "feature_\(index)_value"
            let rounded = "round(\(value) * 1000)"
            let fallback = feature.defaultValue.map { " WHEN 'default' THEN '\(thousandthText($0))'" } ?? ""
            return """
                CASE feature_\(index)_source WHEN 'missing' THEN 'null'\(fallback) ELSE CASE \
                WHEN \(value) IS NULL THEN 'null' WHEN \(value) < 0 AND \(rounded) = 0 THEN '-0.0' \
                ELSE CAST(\(rounded) / 1000 AS TEXT) END END
                """
        }
        return versioned("'[' || " + elements.joined(separator: " || ',' || ") + " || ']'")
    }

    /// `prediction_id`: the prediction's key, joined with underscores.
    static let predictionIDSQL = "game_date || '_' || player_lookup || '_' || system_id"

    /// `expression` for rows of the frozen layout's version, NULL (refused: the columns are NOT
    /// NULL) for any other.
    private static func versioned(_ expression: String) -> String {
        "CASE feature_version WHEN '\(FeatureStoreV1Layout.version)' THEN \(expression) END"
    }

    /// `value` rounded to the thousandth as Swift prints it, as the writer does.
    private static func thousandthText(_ value: Double) -> String { "\((value * 1000).rounded() / 1000)" }

    /// The generated columns: per table, each column's definition and its expression.
    static var generatedColumns: [String: [(definition: String, expression: String)]] {
        [
            "ml_feature_store": [
                ("features TEXT NOT NULL", featuresSQL), ("feature_names TEXT NOT NULL", featureNamesSQL),
                ("feature_sources TEXT NOT NULL", featureSourcesSQL),
            ],
            "player_prop_predictions": [("prediction_id TEXT NOT NULL", predictionIDSQL)],
            "prediction_accuracy": [("prediction_id TEXT NOT NULL", predictionIDSQL)],
        ]
    }

    static func migrate(_ db: Database) throws {
        let generated = generatedColumns
        for table in generated.keys.sorted() {
            try TableRebuild.rebuild(db, table: table) { statement in
                var statement = statement
                for column in generated[table] ?? [] {
                    statement = try TableRebuild.replacing(
                        column.definition + ",",
                        with: "\(column.definition) GENERATED ALWAYS AS (\(column.expression)) VIRTUAL,",
                        in: statement, table: table)
                }
                return statement
            }
        }
    }
}
