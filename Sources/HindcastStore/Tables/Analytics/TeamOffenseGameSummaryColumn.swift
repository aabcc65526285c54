import GRDB

/// `team_offense_game_summary` (`nba_analytics`): one team's offense in one game, summed from its players.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum TeamOffenseGameSummaryColumn: Int, TableColumn {
    case gameId
    case gameCode
    case gameDate
    case teamAbbr
    case opponentTeamAbbr
    case seasonYear
    case seasonType
    case homeGame
    case pointsScored
    case fgAttempts
    case fgMakes
    case threePtAttempts
    case threePtMakes
    case ftAttempts
    case ftMakes
    case offensiveRebounds
    case defensiveRebounds
    case rebounds
    case assists
    case turnovers
    case personalFouls
    case steals
    case blocks
    case teamPaintAttempts
    case teamPaintMakes
    case teamMidRangeAttempts
    case teamMidRangeMakes
    case teamThreeAttemptsPbp
    case teamThreeMakesPbp
    case pointsInPaintScored
    case possessions
    case offensiveRating
    case pace
    case tsPct
    case actualGameMinutes
    case overtimePeriods
    case winFlag
    case marginOfVictory
    case playersInactive
    case shotZonesAvailable
    case shotZonesSource
    case primarySourceUsed
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case inputFingerprint
    case runId

    public static let table = TableDeclaration(
        Self.self, name: "team_offense_game_summary", dataset: .nbaAnalytics, kind: .pipeline,
        summary: "One team's offense in one game, summed from its players.", key: [.gameDate, .teamAbbr],
        partition: .gameDate,
        indexes: [
            IndexDeclaration("team_offense_game_summary_by_team", [.teamAbbr, .gameDate] as [Self]),
            IndexDeclaration("team_offense_game_summary_by_season", [.seasonYear, .gameDate] as [Self]),
        ])

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameCode: ColumnDeclaration("game_code", .text, .notNull, "Game code")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .notNull, "Team tricode")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .notNull, "Opponent team tricode")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .notNull, "Season start year (2021 = 2021-22)")
        case .seasonType: ColumnDeclaration("season_type", .text, .notNull, "Season type")
        case .homeGame: ColumnDeclaration("home_game", .flag, .notNull, "Home game")
        case .pointsScored: ColumnDeclaration("points_scored", .integer, .notNull, "Points scored")
        case .fgAttempts: ColumnDeclaration("fg_attempts", .integer, .notNull, "Field goals attempts")
        case .fgMakes: ColumnDeclaration("fg_makes", .integer, .notNull, "Field goals makes")
        case .threePtAttempts: ColumnDeclaration("three_pt_attempts", .integer, .notNull, "Three pt attempts")
        case .threePtMakes: ColumnDeclaration("three_pt_makes", .integer, .notNull, "Three pt makes")
        case .ftAttempts: ColumnDeclaration("ft_attempts", .integer, .notNull, "Free throws attempts")
        case .ftMakes: ColumnDeclaration("ft_makes", .integer, .notNull, "Free throws makes")
        case .offensiveRebounds: ColumnDeclaration("offensive_rebounds", .integer, .notNull, "Offensive rebounds")
        case .defensiveRebounds: ColumnDeclaration("defensive_rebounds", .integer, .notNull, "Defensive rebounds")
        case .rebounds: ColumnDeclaration("rebounds", .integer, .notNull, "Rebounds")
        case .assists: ColumnDeclaration("assists", .integer, .notNull, "Assists")
        case .turnovers: ColumnDeclaration("turnovers", .integer, .notNull, "Turnovers")
        case .personalFouls: ColumnDeclaration("personal_fouls", .integer, .notNull, "Personal fouls")
        case .steals: ColumnDeclaration("steals", .integer, .notNull, "Steals")
        case .blocks: ColumnDeclaration("blocks", .integer, .notNull, "Blocks")
        case .teamPaintAttempts: ColumnDeclaration("team_paint_attempts", .integer, .nullable, "Team paint attempts")
        case .teamPaintMakes: ColumnDeclaration("team_paint_makes", .integer, .nullable, "Team paint makes")
        case .teamMidRangeAttempts:
            ColumnDeclaration("team_mid_range_attempts", .integer, .nullable, "Team mid range attempts")
        case .teamMidRangeMakes: ColumnDeclaration("team_mid_range_makes", .integer, .nullable, "Team mid range makes")
        case .teamThreeAttemptsPbp:
            ColumnDeclaration("team_three_attempts_pbp", .integer, .nullable, "Team three attempts pbp")
        case .teamThreeMakesPbp: ColumnDeclaration("team_three_makes_pbp", .integer, .nullable, "Team three makes pbp")
        case .pointsInPaintScored:
            ColumnDeclaration("points_in_paint_scored", .integer, .nullable, "Points in paint scored")
        case .possessions: ColumnDeclaration("possessions", .real, .notNull, "Possessions")
        case .offensiveRating: ColumnDeclaration("offensive_rating", .real, .nullable, "Offensive rating")
        case .pace: ColumnDeclaration("pace", .real, .nullable, "Pace")
        case .tsPct: ColumnDeclaration("ts_pct", .real, .nullable, "True shooting percent")
        case .actualGameMinutes: ColumnDeclaration("actual_game_minutes", .real, .notNull, "Actual game minutes")
        case .overtimePeriods: ColumnDeclaration("overtime_periods", .integer, .notNull, "Overtime periods")
        case .winFlag: ColumnDeclaration("win_flag", .flag, .notNull, "Win flag")
        case .marginOfVictory: ColumnDeclaration("margin_of_victory", .integer, .notNull, "Margin of victory")
        case .playersInactive: ColumnDeclaration("players_inactive", .integer, .notNull, "Players inactive")
        case .shotZonesAvailable: ColumnDeclaration("shot_zones_available", .flag, .notNull, "Shot zones available")
        case .shotZonesSource: ColumnDeclaration("shot_zones_source", .text, .nullable, "Shot zones source")
        case .primarySourceUsed: ColumnDeclaration("primary_source_used", .text, .notNull, "Primary source used")
        case .dataQualityTier: .dataQualityTier
        case .qualityScore: .qualityScore
        case .dataQualityIssues: .dataQualityIssues
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        }
    }
}
