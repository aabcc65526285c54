/// The datasets of the reference pipeline, used to qualify table names in SQL.
public enum Dataset: String, CaseIterable, Sendable, Codable {
    case nbaRaw = "nba_raw"
    case nbaReference = "nba_reference"
    case nbaAnalytics = "nba_analytics"
    case nbaPrecompute = "nba_precompute"
    case nbaPredictions = "nba_predictions"
}

/// What a table holds: imported real data, or rows written by a processor.
public enum TableKind: String, Sendable, Codable {
    case raw
    case pipeline
    case reference
}

/// One table of the warehouse: its dataset, and the column that partitions it by game day.
public struct TableInfo: Sendable, Hashable, Codable {
    public let name: String
    public let dataset: Dataset
    public let kind: TableKind
    /// The date column; `nil` for tables that are not partitioned by date.
    public let dateColumn: String?

    /// `dataset.table`, as the reference's runbooks spell it.
    public var qualifiedName: String { "\(dataset.rawValue).\(name)" }
}

/// Every table of the warehouse schema, in pipeline order.
public enum WarehouseCatalog {
    public static let tables: [TableInfo] = [
        TableInfo(name: "schedule", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "player_boxscores", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "inactives", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "shot_zones", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "prop_lines", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "game_lines", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "injury_reports", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "imported_player_context", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "imported_team_context", dataset: .nbaRaw, kind: .raw, dateColumn: "game_date"),
        TableInfo(name: "import_log", dataset: .nbaRaw, kind: .raw, dateColumn: nil),
        TableInfo(name: "player_registry", dataset: .nbaReference, kind: .raw, dateColumn: nil),
        TableInfo(name: "player_aliases", dataset: .nbaReference, kind: .raw, dateColumn: nil),
        TableInfo(name: "processor_run_history", dataset: .nbaReference, kind: .reference, dateColumn: "data_date"),
        TableInfo(name: "player_game_summary", dataset: .nbaAnalytics, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(name: "team_offense_game_summary", dataset: .nbaAnalytics, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(name: "team_defense_game_summary", dataset: .nbaAnalytics, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(
            name: "upcoming_player_game_context", dataset: .nbaAnalytics, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(name: "upcoming_team_game_context", dataset: .nbaAnalytics, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(
            name: "team_defense_zone_analysis", dataset: .nbaPrecompute, kind: .pipeline, dateColumn: "analysis_date"),
        TableInfo(
            name: "player_shot_zone_analysis", dataset: .nbaPrecompute, kind: .pipeline, dateColumn: "analysis_date"),
        TableInfo(name: "player_composite_factors", dataset: .nbaPrecompute, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(name: "player_daily_cache", dataset: .nbaPrecompute, kind: .pipeline, dateColumn: "cache_date"),
        TableInfo(name: "ml_feature_store", dataset: .nbaPredictions, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(name: "player_prop_predictions", dataset: .nbaPredictions, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(name: "prediction_accuracy", dataset: .nbaPredictions, kind: .pipeline, dateColumn: "game_date"),
        TableInfo(name: "model_registry", dataset: .nbaPredictions, kind: .reference, dateColumn: nil),
    ]

    private static let byName = Dictionary(uniqueKeysWithValues: tables.map { ($0.name, $0) })

    /// The table called `name`, or `nil` when the schema has none.
    public static func table(named name: String) -> TableInfo? { byName[name] }

    /// Whether `name` is a table no processor writes (imported data, or reference tables written by
    /// commands such as `train`), so processors may read it without a writer in the graph.
    public static func isExternal(_ name: String) -> Bool {
        guard let kind = byName[name]?.kind else { return false }
        return kind != .pipeline
    }
}
