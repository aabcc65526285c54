import GRDB

/// `team_defense_game_summary` (`nba_analytics`): one team's defense in one game: what its opponent made against it.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum TeamDefenseGameSummaryColumn: Int, TableColumn {
    case gameId
    case gameCode
    case gameDate
    case defendingTeamAbbr
    case opponentTeamAbbr
    case seasonYear
    case seasonType
    case homeGame
    case pointsAllowed
    case oppFgAttempts
    case oppFgMakes
    case oppThreePtAttempts
    case oppThreePtMakes
    case oppFtAttempts
    case oppFtMakes
    case oppOffensiveRebounds
    case oppRebounds
    case oppAssists
    case turnoversForced
    case foulsCommitted
    case oppPaintAttempts
    case oppPaintMakes
    case oppMidRangeAttempts
    case oppMidRangeMakes
    case pointsInPaintAllowed
    case midRangePointsAllowed
    case threePtPointsAllowed
    case steals
    case blocks
    case defensiveRebounds
    case oppPossessions
    case defensiveRating
    case opponentPace
    case opponentTsPct
    case actualGameMinutes
    case overtimePeriods
    case winFlag
    case marginOfVictory
    case shotZonesAvailable
    case shotZonesSource
    case primarySourceUsed
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case inputFingerprint
    case runId

    public static let table = TableDeclaration(
        Self.self, name: "team_defense_game_summary", dataset: .nbaAnalytics, kind: .pipeline,
        summary: "One team's defense in one game: what its opponent made against it.",
        key: [.gameDate, .defendingTeamAbbr], partition: .gameDate,
        indexes: [
            IndexDeclaration("team_defense_game_summary_by_team", [.defendingTeamAbbr, .gameDate] as [Self]),
            IndexDeclaration("team_defense_game_summary_by_season", [.seasonYear, .gameDate] as [Self]),
        ])

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameCode: ColumnDeclaration("game_code", .text, .notNull, "Game code")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .defendingTeamAbbr: ColumnDeclaration("defending_team_abbr", .text, .notNull, "Defending team abbr")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .notNull, "Opponent team tricode")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .notNull, "Season start year (2021 = 2021-22)")
        case .seasonType: ColumnDeclaration("season_type", .text, .notNull, "Season type")
        case .homeGame: ColumnDeclaration("home_game", .flag, .notNull, "Home game")
        case .pointsAllowed: ColumnDeclaration("points_allowed", .integer, .notNull, "Points allowed")
        case .oppFgAttempts: ColumnDeclaration("opp_fg_attempts", .integer, .notNull, "Opp field goals attempts")
        case .oppFgMakes: ColumnDeclaration("opp_fg_makes", .integer, .notNull, "Opp field goals makes")
        case .oppThreePtAttempts:
            ColumnDeclaration("opp_three_pt_attempts", .integer, .notNull, "Opp three pt attempts")
        case .oppThreePtMakes: ColumnDeclaration("opp_three_pt_makes", .integer, .notNull, "Opp three pt makes")
        case .oppFtAttempts: ColumnDeclaration("opp_ft_attempts", .integer, .notNull, "Opp free throws attempts")
        case .oppFtMakes: ColumnDeclaration("opp_ft_makes", .integer, .notNull, "Opp free throws makes")
        case .oppOffensiveRebounds:
            ColumnDeclaration("opp_offensive_rebounds", .integer, .notNull, "Opp offensive rebounds")
        case .oppRebounds: ColumnDeclaration("opp_rebounds", .integer, .notNull, "Opp rebounds")
        case .oppAssists: ColumnDeclaration("opp_assists", .integer, .notNull, "Opp assists")
        case .turnoversForced: ColumnDeclaration("turnovers_forced", .integer, .notNull, "Turnovers forced")
        case .foulsCommitted: ColumnDeclaration("fouls_committed", .integer, .notNull, "Fouls committed")
        case .oppPaintAttempts: ColumnDeclaration("opp_paint_attempts", .integer, .nullable, "Opp paint attempts")
        case .oppPaintMakes: ColumnDeclaration("opp_paint_makes", .integer, .nullable, "Opp paint makes")
        case .oppMidRangeAttempts:
            ColumnDeclaration("opp_mid_range_attempts", .integer, .nullable, "Opp mid range attempts")
        case .oppMidRangeMakes: ColumnDeclaration("opp_mid_range_makes", .integer, .nullable, "Opp mid range makes")
        case .pointsInPaintAllowed:
            ColumnDeclaration("points_in_paint_allowed", .integer, .nullable, "Points in paint allowed")
        case .midRangePointsAllowed:
            ColumnDeclaration("mid_range_points_allowed", .integer, .nullable, "Mid range points allowed")
        case .threePtPointsAllowed:
            ColumnDeclaration("three_pt_points_allowed", .integer, .notNull, "Three pt points allowed")
        case .steals: ColumnDeclaration("steals", .integer, .notNull, "Steals")
        case .blocks: ColumnDeclaration("blocks", .integer, .notNull, "Blocks")
        case .defensiveRebounds: ColumnDeclaration("defensive_rebounds", .integer, .notNull, "Defensive rebounds")
        case .oppPossessions: ColumnDeclaration("opp_possessions", .real, .notNull, "Opp possessions")
        case .defensiveRating: ColumnDeclaration("defensive_rating", .real, .nullable, "Defensive rating")
        case .opponentPace: ColumnDeclaration("opponent_pace", .real, .nullable, "Opponent pace")
        case .opponentTsPct: ColumnDeclaration("opponent_ts_pct", .real, .nullable, "Opponent true shooting percent")
        case .actualGameMinutes: ColumnDeclaration("actual_game_minutes", .real, .notNull, "Actual game minutes")
        case .overtimePeriods: ColumnDeclaration("overtime_periods", .integer, .notNull, "Overtime periods")
        case .winFlag: ColumnDeclaration("win_flag", .flag, .notNull, "Win flag")
        case .marginOfVictory: ColumnDeclaration("margin_of_victory", .integer, .notNull, "Margin of victory")
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
