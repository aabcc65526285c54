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
    /// Every table's declaration, in pipeline order.
    public static let declarations: [TableDeclaration] = [
        ScheduleColumn.table, PlayerBoxscoresColumn.table, InactivesColumn.table, ShotZonesColumn.table,
        PropLinesColumn.table, GameLinesColumn.table, InjuryReportsColumn.table, ImportedPlayerContextColumn.table,
        ImportedTeamContextColumn.table, ImportLogColumn.table, PlayerRegistryColumn.table,
        PlayerAliasesColumn.table, ProcessorRunHistoryColumn.table, PlayerGameSummaryColumn.table,
        TeamOffenseGameSummaryColumn.table, TeamDefenseGameSummaryColumn.table,
        UpcomingPlayerGameContextColumn.table, UpcomingTeamGameContextColumn.table,
        TeamDefenseZoneAnalysisColumn.table, PlayerShotZoneAnalysisColumn.table,
        PlayerCompositeFactorsColumn.table, PlayerDailyCacheColumn.table, MlFeatureStoreColumn.table,
        PlayerPropPredictionsColumn.table, PredictionAccuracyColumn.table, ModelRegistryColumn.table,
    ]

    /// Every table of the warehouse schema, in pipeline order.
    public static let tables: [TableInfo] = declarations.map(\.info)

    private static let declarationsByName = Dictionary(uniqueKeysWithValues: declarations.map { ($0.name, $0) })

    /// The declaration of the table called `name`, or `nil` when the schema has none.
    public static func declaration(named name: String) -> TableDeclaration? { declarationsByName[name] }

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
