import GRDB

/// `player_shot_zone_analysis` (`nba_precompute`): one player's shot-zone profile over recent games, as of one analysis date.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PlayerShotZoneAnalysisColumn: Int, TableColumn {
    case playerLookup
    case universalPlayerId
    case analysisDate
    case seasonYear
    case teamAbbr
    case paintRateLast10
    case midRangeRateLast10
    case threePtRateLast10
    case totalShotsLast10
    case fgAttemptsLast10
    case threePtAttemptsLast10
    case gamesInSample10
    case sampleQuality10
    case paintPctLast10
    case midRangePctLast10
    case threePtPctLast10
    case paintAttemptsPerGame
    case midRangeAttemptsPerGame
    case threePtAttemptsPerGame
    case paintRateLast20
    case paintPctLast20
    case threePtRateLast20
    case gamesInSample20
    case sampleQuality20
    case primaryScoringZone
    case hasCompleteZones10
    case zonesSource
    case calculationNotes
    case earlySeasonFlag
    case insufficientDataReason
    case minGamesRequired
    case daysIntoSeason
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case inputFingerprint
    case runId

    public static let table = TableDeclaration(
        Self.self, name: "player_shot_zone_analysis", dataset: .nbaPrecompute, kind: .pipeline,
        summary: "One player's shot-zone profile over recent games, as of one analysis date.",
        key: [.analysisDate, .playerLookup], partition: .analysisDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .notNull, "Stable player id from the player registry")
        case .analysisDate:
            ColumnDeclaration("analysis_date", .date, .notNull, "Analysis date (the table's partition date)")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .notNull, "Season start year (2021 = 2021-22)")
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .nullable, "Team tricode")
        case .paintRateLast10: ColumnDeclaration("paint_rate_last_10", .real, .nullable, "Paint rate last 10")
        case .midRangeRateLast10:
            ColumnDeclaration("mid_range_rate_last_10", .real, .nullable, "Mid range rate last 10")
        case .threePtRateLast10: ColumnDeclaration("three_pt_rate_last_10", .real, .nullable, "Three pt rate last 10")
        case .totalShotsLast10: ColumnDeclaration("total_shots_last_10", .integer, .nullable, "Total shots last 10")
        case .fgAttemptsLast10:
            ColumnDeclaration("fg_attempts_last_10", .integer, .nullable, "Field goals attempts last 10")
        case .threePtAttemptsLast10:
            ColumnDeclaration("three_pt_attempts_last_10", .integer, .nullable, "Three pt attempts last 10")
        case .gamesInSample10: ColumnDeclaration("games_in_sample_10", .integer, .notNull, "Games in sample 10")
        case .sampleQuality10: ColumnDeclaration("sample_quality_10", .text, .notNull, "Sample quality 10")
        case .paintPctLast10: ColumnDeclaration("paint_pct_last_10", .real, .nullable, "Paint percent last 10")
        case .midRangePctLast10:
            ColumnDeclaration("mid_range_pct_last_10", .real, .nullable, "Mid range percent last 10")
        case .threePtPctLast10: ColumnDeclaration("three_pt_pct_last_10", .real, .nullable, "Three pt percent last 10")
        case .paintAttemptsPerGame:
            ColumnDeclaration("paint_attempts_per_game", .real, .nullable, "Paint attempts per game")
        case .midRangeAttemptsPerGame:
            ColumnDeclaration("mid_range_attempts_per_game", .real, .nullable, "Mid range attempts per game")
        case .threePtAttemptsPerGame:
            ColumnDeclaration("three_pt_attempts_per_game", .real, .nullable, "Three pt attempts per game")
        case .paintRateLast20: ColumnDeclaration("paint_rate_last_20", .real, .nullable, "Paint rate last 20")
        case .paintPctLast20: ColumnDeclaration("paint_pct_last_20", .real, .nullable, "Paint percent last 20")
        case .threePtRateLast20: ColumnDeclaration("three_pt_rate_last_20", .real, .nullable, "Three pt rate last 20")
        case .gamesInSample20: ColumnDeclaration("games_in_sample_20", .integer, .notNull, "Games in sample 20")
        case .sampleQuality20: ColumnDeclaration("sample_quality_20", .text, .notNull, "Sample quality 20")
        case .primaryScoringZone: ColumnDeclaration("primary_scoring_zone", .text, .nullable, "Primary scoring zone")
        case .hasCompleteZones10: ColumnDeclaration("has_complete_zones_10", .flag, .notNull, "Has complete zones 10")
        case .zonesSource: ColumnDeclaration("zones_source", .text, .nullable, "Zones source")
        case .calculationNotes: ColumnDeclaration("calculation_notes", .text, .nullable, "Calculation notes")
        case .earlySeasonFlag: ColumnDeclaration("early_season_flag", .flag, .notNull, "Early season flag")
        case .insufficientDataReason:
            ColumnDeclaration("insufficient_data_reason", .text, .nullable, "Insufficient data reason")
        case .minGamesRequired: ColumnDeclaration("min_games_required", .integer, .notNull, "Min games required")
        case .daysIntoSeason: ColumnDeclaration("days_into_season", .integer, .nullable, "Days into season")
        case .dataQualityTier: .dataQualityTier
        case .qualityScore: .qualityScore
        case .dataQualityIssues: .dataQualityIssues
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        }
    }
}
