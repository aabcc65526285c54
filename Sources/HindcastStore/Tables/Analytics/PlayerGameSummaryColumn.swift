import GRDB

/// `player_game_summary` (`nba_analytics`): one player's game: box score, shot zones, usage, the observed line and the result against it.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PlayerGameSummaryColumn: Int, TableColumn {
    case playerLookup
    case universalPlayerId
    case playerFullName
    case gameId
    case gameCode
    case gameDate
    case seasonYear
    case seasonType
    case teamAbbr
    case opponentTeamAbbr
    case homeGame
    case points
    case minutesPlayed
    case assists
    case offensiveRebounds
    case defensiveRebounds
    case totalRebounds
    case steals
    case blocks
    case turnovers
    case personalFouls
    case fgAttempts
    case fgMakes
    case threePtAttempts
    case threePtMakes
    case ftAttempts
    case ftMakes
    case plusMinus
    case paintAttempts
    case paintMakes
    case midRangeAttempts
    case midRangeMakes
    case threeAttemptsPbp
    case threeMakesPbp
    case hasCompleteShotZones
    case shotZonesSource
    case usageRate
    case usageRateRaw
    case usageRateAnomalyReason
    case tsPct
    case efgPct
    case starterFlag
    case winFlag
    case pointsLine
    case pointsLineSource
    case overUnderResult
    case margin
    case isActive
    case playerStatus
    case isDnp
    case dnpReason
    case dnpReasonCategory
    case primarySourceUsed
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case inputFingerprint
    case runId

    public static let table = TableDeclaration(
        Self.self, name: "player_game_summary", dataset: .nbaAnalytics, kind: .pipeline,
        summary: "One player's game: box score, shot zones, usage, the observed line and the result against it.",
        key: [.gameDate, .playerLookup], partition: .gameDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .notNull, "Stable player id from the player registry")
        case .playerFullName: ColumnDeclaration("player_full_name", .text, .notNull, "Player full name")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameCode: ColumnDeclaration("game_code", .text, .notNull, "Game code")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .notNull, "Season start year (2021 = 2021-22)")
        case .seasonType: ColumnDeclaration("season_type", .text, .notNull, "Season type")
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .notNull, "Team tricode")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .notNull, "Opponent team tricode")
        case .homeGame: ColumnDeclaration("home_game", .flag, .notNull, "Home game")
        case .points: ColumnDeclaration("points", .integer, .nullable, "Points")
        case .minutesPlayed: ColumnDeclaration("minutes_played", .real, .nullable, "Minutes played")
        case .assists: ColumnDeclaration("assists", .integer, .nullable, "Assists")
        case .offensiveRebounds: ColumnDeclaration("offensive_rebounds", .integer, .nullable, "Offensive rebounds")
        case .defensiveRebounds: ColumnDeclaration("defensive_rebounds", .integer, .nullable, "Defensive rebounds")
        case .totalRebounds: ColumnDeclaration("total_rebounds", .integer, .nullable, "Total rebounds")
        case .steals: ColumnDeclaration("steals", .integer, .nullable, "Steals")
        case .blocks: ColumnDeclaration("blocks", .integer, .nullable, "Blocks")
        case .turnovers: ColumnDeclaration("turnovers", .integer, .nullable, "Turnovers")
        case .personalFouls: ColumnDeclaration("personal_fouls", .integer, .nullable, "Personal fouls")
        case .fgAttempts: ColumnDeclaration("fg_attempts", .integer, .nullable, "Field goals attempts")
        case .fgMakes: ColumnDeclaration("fg_makes", .integer, .nullable, "Field goals makes")
        case .threePtAttempts: ColumnDeclaration("three_pt_attempts", .integer, .nullable, "Three pt attempts")
        case .threePtMakes: ColumnDeclaration("three_pt_makes", .integer, .nullable, "Three pt makes")
        case .ftAttempts: ColumnDeclaration("ft_attempts", .integer, .nullable, "Free throws attempts")
        case .ftMakes: ColumnDeclaration("ft_makes", .integer, .nullable, "Free throws makes")
        case .plusMinus: ColumnDeclaration("plus_minus", .integer, .nullable, "Plus minus")
        case .paintAttempts: ColumnDeclaration("paint_attempts", .integer, .nullable, "Paint attempts")
        case .paintMakes: ColumnDeclaration("paint_makes", .integer, .nullable, "Paint makes")
        case .midRangeAttempts: ColumnDeclaration("mid_range_attempts", .integer, .nullable, "Mid range attempts")
        case .midRangeMakes: ColumnDeclaration("mid_range_makes", .integer, .nullable, "Mid range makes")
        case .threeAttemptsPbp: ColumnDeclaration("three_attempts_pbp", .integer, .nullable, "Three attempts pbp")
        case .threeMakesPbp: ColumnDeclaration("three_makes_pbp", .integer, .nullable, "Three makes pbp")
        case .hasCompleteShotZones:
            ColumnDeclaration("has_complete_shot_zones", .flag, .notNull, "Has complete shot zones")
        case .shotZonesSource: ColumnDeclaration("shot_zones_source", .text, .nullable, "Shot zones source")
        case .usageRate: ColumnDeclaration("usage_rate", .real, .nullable, "Usage rate")
        case .usageRateRaw: ColumnDeclaration("usage_rate_raw", .real, .nullable, "Usage rate raw")
        case .usageRateAnomalyReason:
            ColumnDeclaration("usage_rate_anomaly_reason", .text, .nullable, "Usage rate anomaly reason")
        case .tsPct: ColumnDeclaration("ts_pct", .real, .nullable, "True shooting percent")
        case .efgPct: ColumnDeclaration("efg_pct", .real, .nullable, "Effective field goal percent")
        case .starterFlag: ColumnDeclaration("starter_flag", .flag, .notNull, "Starter flag")
        case .winFlag: ColumnDeclaration("win_flag", .flag, .notNull, "Win flag")
        case .pointsLine: ColumnDeclaration("points_line", .real, .nullable, "Points line")
        case .pointsLineSource: ColumnDeclaration("points_line_source", .text, .nullable, "Points line source")
        case .overUnderResult: ColumnDeclaration("over_under_result", .text, .nullable, "Over under result")
        case .margin: ColumnDeclaration("margin", .real, .nullable, "Margin")
        case .isActive: ColumnDeclaration("is_active", .flag, .notNull, "Is active")
        case .playerStatus: ColumnDeclaration("player_status", .text, .notNull, "Player status")
        case .isDnp: ColumnDeclaration("is_dnp", .flag, .notNull, "Is dnp")
        case .dnpReason: ColumnDeclaration("dnp_reason", .text, .nullable, "Dnp reason")
        case .dnpReasonCategory: ColumnDeclaration("dnp_reason_category", .text, .nullable, "Dnp reason category")
        case .primarySourceUsed: ColumnDeclaration("primary_source_used", .text, .notNull, "Primary source used")
        case .dataQualityTier: .dataQualityTier
        case .qualityScore: .qualityScore
        case .dataQualityIssues: .dataQualityIssues
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        }
    }
}
