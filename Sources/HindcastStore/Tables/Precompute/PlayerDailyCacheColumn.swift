import GRDB

/// `player_daily_cache` (`nba_precompute`): one player's rolling aggregates as of one cache date, read by the feature store.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PlayerDailyCacheColumn: Int, TableColumn {
    case playerLookup
    case universalPlayerId
    case cacheDate
    case teamAbbr
    case pointsAvgLast5
    case pointsAvgLast10
    case pointsAvgSeason
    case pointsStdLast10
    case minutesAvgLast10
    case usageRateLast10
    case tsPctLast10
    case gamesPlayedSeason
    case teamPaceLast10
    case teamOffRatingLast10
    case playerUsageRateSeason
    case gamesInLast7Days
    case gamesInLast14Days
    case minutesInLast7Days
    case minutesInLast14Days
    case backToBacksLast14Days
    case avgMinutesPerGameLast7
    case fourthQuarterMinutesLast7
    case daysRest
    case homeGame
    case starTeammatesOut
    case primaryScoringZone
    case paintRateLast10
    case threePtRateLast10
    case assistedRateLast10
    case playerAge
    case shotZoneDataAvailable
    case earlySeasonFlag
    case insufficientDataReason
    case cacheVersion
    case contextOrigin
    case syntheticInputs
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case inputFingerprint
    case runId

    public static let table = TableDeclaration(
        Self.self, name: "player_daily_cache", dataset: .nbaPrecompute, kind: .pipeline,
        summary: "One player's rolling aggregates as of one cache date, read by the feature store.",
        key: [.cacheDate, .playerLookup], partition: .cacheDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .cacheDate: ColumnDeclaration("cache_date", .date, .notNull, "Cache date (the table's partition date)")
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .nullable, "Team tricode")
        case .pointsAvgLast5: ColumnDeclaration("points_avg_last_5", .real, .nullable, "Points average last 5")
        case .pointsAvgLast10: ColumnDeclaration("points_avg_last_10", .real, .nullable, "Points average last 10")
        case .pointsAvgSeason: ColumnDeclaration("points_avg_season", .real, .nullable, "Points average season")
        case .pointsStdLast10:
            ColumnDeclaration("points_std_last_10", .real, .nullable, "Points standard deviation last 10")
        case .minutesAvgLast10: ColumnDeclaration("minutes_avg_last_10", .real, .nullable, "Minutes average last 10")
        case .usageRateLast10: ColumnDeclaration("usage_rate_last_10", .real, .nullable, "Usage rate last 10")
        case .tsPctLast10: ColumnDeclaration("ts_pct_last_10", .real, .nullable, "True shooting percent last 10")
        case .gamesPlayedSeason: ColumnDeclaration("games_played_season", .integer, .nullable, "Games played season")
        case .teamPaceLast10: ColumnDeclaration("team_pace_last_10", .real, .nullable, "Team pace last 10")
        case .teamOffRatingLast10:
            ColumnDeclaration("team_off_rating_last_10", .real, .nullable, "Team off rating last 10")
        case .playerUsageRateSeason:
            ColumnDeclaration("player_usage_rate_season", .real, .nullable, "Player usage rate season")
        case .gamesInLast7Days: ColumnDeclaration("games_in_last_7_days", .integer, .nullable, "Games in last 7 days")
        case .gamesInLast14Days:
            ColumnDeclaration("games_in_last_14_days", .integer, .nullable, "Games in last 14 days")
        case .minutesInLast7Days:
            ColumnDeclaration("minutes_in_last_7_days", .integer, .nullable, "Minutes in last 7 days")
        case .minutesInLast14Days:
            ColumnDeclaration("minutes_in_last_14_days", .integer, .nullable, "Minutes in last 14 days")
        case .backToBacksLast14Days:
            ColumnDeclaration("back_to_backs_last_14_days", .integer, .nullable, "Back to backs last 14 days")
        case .avgMinutesPerGameLast7:
            ColumnDeclaration("avg_minutes_per_game_last_7", .real, .nullable, "Average minutes per game last 7")
        case .fourthQuarterMinutesLast7:
            ColumnDeclaration("fourth_quarter_minutes_last_7", .integer, .nullable, "Fourth quarter minutes last 7")
        case .daysRest: ColumnDeclaration("days_rest", .integer, .nullable, "Days rest")
        case .homeGame: ColumnDeclaration("home_game", .flag, .nullable, "Home game")
        case .starTeammatesOut: ColumnDeclaration("star_teammates_out", .integer, .nullable, "Star teammates out")
        case .primaryScoringZone: ColumnDeclaration("primary_scoring_zone", .text, .nullable, "Primary scoring zone")
        case .paintRateLast10: ColumnDeclaration("paint_rate_last_10", .real, .nullable, "Paint rate last 10")
        case .threePtRateLast10: ColumnDeclaration("three_pt_rate_last_10", .real, .nullable, "Three pt rate last 10")
        case .assistedRateLast10: ColumnDeclaration("assisted_rate_last_10", .real, .nullable, "Assisted rate last 10")
        case .playerAge: ColumnDeclaration("player_age", .integer, .nullable, "Player age")
        case .shotZoneDataAvailable:
            ColumnDeclaration("shot_zone_data_available", .flag, .notNull, "Shot zone data available")
        case .earlySeasonFlag: ColumnDeclaration("early_season_flag", .flag, .notNull, "Early season flag")
        case .insufficientDataReason:
            ColumnDeclaration("insufficient_data_reason", .text, .nullable, "Insufficient data reason")
        case .cacheVersion: ColumnDeclaration("cache_version", .text, .notNull, "Cache version")
        case .contextOrigin:
            ColumnDeclaration(
                "context_origin", .text, .nullable,
                "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)")
        case .syntheticInputs: ColumnDeclaration("synthetic_inputs", .textArray, .notNull, "Synthetic inputs")
        case .dataQualityTier: .dataQualityTier
        case .qualityScore: .qualityScore
        case .dataQualityIssues: .dataQualityIssues
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        }
    }
}
