import GRDB

/// `team_defense_zone_analysis` (`nba_precompute`): one team's zone defense over its recent games, as of one analysis date.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum TeamDefenseZoneAnalysisColumn: Int, TableColumn {
    case teamAbbr
    case analysisDate
    case seasonYear
    case paintPctAllowedLast15
    case paintAttemptsAllowedPerGame
    case paintPointsAllowedPerGame
    case paintBlocksPerGame
    case paintDefenseVsLeagueAvg
    case midRangePctAllowedLast15
    case midRangeAttemptsAllowedPerGame
    case midRangeBlocksPerGame
    case midRangeDefenseVsLeagueAvg
    case threePtPctAllowedLast15
    case threePtAttemptsAllowedPerGame
    case threePtBlocksPerGame
    case threePtDefenseVsLeagueAvg
    case defensiveRatingLast15
    case opponentPointsPerGame
    case opponentPace
    case gamesInSample
    case zoneGamesInSample
    case strongestZone
    case weakestZone
    case leaguePaintPct
    case leagueMidRangePct
    case leagueThreePtPct
    case leagueTeamsInAverage
    case calculationNotes
    case earlySeasonFlag
    case insufficientDataReason
    case minGamesRequired
    case daysIntoSeason
    case hasZoneData
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case inputFingerprint
    case runId

    public static let table = TableDeclaration(
        Self.self, name: "team_defense_zone_analysis", dataset: .nbaPrecompute, kind: .pipeline,
        summary: "One team's zone defense over its recent games, as of one analysis date.",
        key: [.analysisDate, .teamAbbr], partition: .analysisDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .notNull, "Team tricode")
        case .analysisDate:
            ColumnDeclaration("analysis_date", .date, .notNull, "Analysis date (the table's partition date)")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .notNull, "Season start year (2021 = 2021-22)")
        case .paintPctAllowedLast15:
            ColumnDeclaration("paint_pct_allowed_last_15", .real, .nullable, "Paint percent allowed last 15")
        case .paintAttemptsAllowedPerGame:
            ColumnDeclaration("paint_attempts_allowed_per_game", .real, .nullable, "Paint attempts allowed per game")
        case .paintPointsAllowedPerGame:
            ColumnDeclaration("paint_points_allowed_per_game", .real, .nullable, "Paint points allowed per game")
        case .paintBlocksPerGame: ColumnDeclaration("paint_blocks_per_game", .real, .nullable, "Paint blocks per game")
        case .paintDefenseVsLeagueAvg:
            ColumnDeclaration("paint_defense_vs_league_avg", .real, .nullable, "Paint defense vs league average")
        case .midRangePctAllowedLast15:
            ColumnDeclaration("mid_range_pct_allowed_last_15", .real, .nullable, "Mid range percent allowed last 15")
        case .midRangeAttemptsAllowedPerGame:
            ColumnDeclaration(
                "mid_range_attempts_allowed_per_game", .real, .nullable, "Mid range attempts allowed per game")
        case .midRangeBlocksPerGame:
            ColumnDeclaration("mid_range_blocks_per_game", .real, .nullable, "Mid range blocks per game")
        case .midRangeDefenseVsLeagueAvg:
            ColumnDeclaration(
                "mid_range_defense_vs_league_avg", .real, .nullable, "Mid range defense vs league average")
        case .threePtPctAllowedLast15:
            ColumnDeclaration("three_pt_pct_allowed_last_15", .real, .nullable, "Three pt percent allowed last 15")
        case .threePtAttemptsAllowedPerGame:
            ColumnDeclaration(
                "three_pt_attempts_allowed_per_game", .real, .nullable, "Three pt attempts allowed per game")
        case .threePtBlocksPerGame:
            ColumnDeclaration("three_pt_blocks_per_game", .real, .nullable, "Three pt blocks per game")
        case .threePtDefenseVsLeagueAvg:
            ColumnDeclaration("three_pt_defense_vs_league_avg", .real, .nullable, "Three pt defense vs league average")
        case .defensiveRatingLast15:
            ColumnDeclaration("defensive_rating_last_15", .real, .nullable, "Defensive rating last 15")
        case .opponentPointsPerGame:
            ColumnDeclaration("opponent_points_per_game", .real, .nullable, "Opponent points per game")
        case .opponentPace: ColumnDeclaration("opponent_pace", .real, .nullable, "Opponent pace")
        case .gamesInSample: ColumnDeclaration("games_in_sample", .integer, .notNull, "Games in sample")
        case .zoneGamesInSample: ColumnDeclaration("zone_games_in_sample", .integer, .notNull, "Zone games in sample")
        case .strongestZone: ColumnDeclaration("strongest_zone", .text, .nullable, "Strongest zone")
        case .weakestZone: ColumnDeclaration("weakest_zone", .text, .nullable, "Weakest zone")
        case .leaguePaintPct: ColumnDeclaration("league_paint_pct", .real, .nullable, "League paint percent")
        case .leagueMidRangePct: ColumnDeclaration("league_mid_range_pct", .real, .nullable, "League mid range percent")
        case .leagueThreePtPct: ColumnDeclaration("league_three_pt_pct", .real, .nullable, "League three pt percent")
        case .leagueTeamsInAverage:
            ColumnDeclaration("league_teams_in_average", .integer, .nullable, "League teams in average")
        case .calculationNotes: ColumnDeclaration("calculation_notes", .text, .nullable, "Calculation notes")
        case .earlySeasonFlag: ColumnDeclaration("early_season_flag", .flag, .notNull, "Early season flag")
        case .insufficientDataReason:
            ColumnDeclaration("insufficient_data_reason", .text, .nullable, "Insufficient data reason")
        case .minGamesRequired: ColumnDeclaration("min_games_required", .integer, .notNull, "Min games required")
        case .daysIntoSeason: ColumnDeclaration("days_into_season", .integer, .nullable, "Days into season")
        case .hasZoneData: ColumnDeclaration("has_zone_data", .flag, .notNull, "Has zone data")
        case .dataQualityTier: .dataQualityTier
        case .qualityScore: .qualityScore
        case .dataQualityIssues: .dataQualityIssues
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        }
    }
}
