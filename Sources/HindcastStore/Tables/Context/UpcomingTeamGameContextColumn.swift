import GRDB

/// `upcoming_team_game_context` (`nba_analytics`): one team's pre-game context for one game: rest, streaks, lines, observed or synthetic.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum UpcomingTeamGameContextColumn: Int, TableColumn {
    case teamAbbr
    case gameId
    case gameCode
    case gameDate
    case seasonYear
    case seasonType
    case opponentTeamAbbr
    case homeGame
    case isBackToBack
    case daysSinceLastGame
    case gameNumberInSeason
    case teamDaysRest
    case teamBackToBack
    case gamesInLast7Days
    case gamesInLast14Days
    case opponentDaysRest
    case gameSpread
    case gameTotal
    case gameSpreadSource
    case gameTotalSource
    case spreadMovement
    case totalMovement
    case bettingLinesUpdatedAt
    case startersOutCount
    case questionablePlayersCount
    case playersInactiveCount
    case teamWinStreakEntering
    case teamLossStreakEntering
    case lastGameMargin
    case lastGameResult
    case teamWinsEntering
    case teamLossesEntering
    case travelMiles
    case consecutiveRoadGames
    case milesTraveledLast14Days
    case earlySeasonFlag
    case insufficientDataReason
    case seasonBoundaryDetected
    case processingDecisionReason
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case contextOrigin
    case syntheticFields
    case synthesisReason
    case generatorVersion
    case inputFingerprint
    case runId
    case estimatedGameSpread
    case estimatedSpreadMethod
    case estimatedSpreadVersion
    case estimatedGameTotal
    case estimatedTotalMethod
    case estimatedTotalVersion

    public static let table = TableDeclaration(
        Self.self, name: "upcoming_team_game_context", dataset: .nbaAnalytics, kind: .pipeline,
        summary: "One team's pre-game context for one game: rest, streaks, lines, observed or synthetic.",
        key: [.gameDate, .teamAbbr], partition: .gameDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .notNull, "Team tricode")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameCode: ColumnDeclaration("game_code", .text, .nullable, "Game code")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .nullable, "Season start year (2021 = 2021-22)")
        case .seasonType: ColumnDeclaration("season_type", .text, .nullable, "Season type")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .notNull, "Opponent team tricode")
        case .homeGame: ColumnDeclaration("home_game", .flag, .nullable, "Home game")
        case .isBackToBack: ColumnDeclaration("is_back_to_back", .flag, .nullable, "Is back to back")
        case .daysSinceLastGame: ColumnDeclaration("days_since_last_game", .integer, .nullable, "Days since last game")
        case .gameNumberInSeason:
            ColumnDeclaration("game_number_in_season", .integer, .nullable, "Game number in season")
        case .teamDaysRest: ColumnDeclaration("team_days_rest", .integer, .nullable, "Team days rest")
        case .teamBackToBack: ColumnDeclaration("team_back_to_back", .flag, .nullable, "Team back to back")
        case .gamesInLast7Days: ColumnDeclaration("games_in_last_7_days", .integer, .nullable, "Games in last 7 days")
        case .gamesInLast14Days:
            ColumnDeclaration("games_in_last_14_days", .integer, .nullable, "Games in last 14 days")
        case .opponentDaysRest: ColumnDeclaration("opponent_days_rest", .integer, .nullable, "Opponent days rest")
        case .gameSpread: ColumnDeclaration("game_spread", .real, .nullable, "Game spread")
        case .gameTotal: ColumnDeclaration("game_total", .real, .nullable, "Game total")
        case .gameSpreadSource: ColumnDeclaration("game_spread_source", .text, .nullable, "Game spread source")
        case .gameTotalSource: ColumnDeclaration("game_total_source", .text, .nullable, "Game total source")
        case .spreadMovement: ColumnDeclaration("spread_movement", .real, .nullable, "Spread movement")
        case .totalMovement: ColumnDeclaration("total_movement", .real, .nullable, "Total movement")
        case .bettingLinesUpdatedAt:
            ColumnDeclaration("betting_lines_updated_at", .timestamp, .nullable, "Betting lines updated at")
        case .startersOutCount: ColumnDeclaration("starters_out_count", .integer, .nullable, "Starters out count")
        case .questionablePlayersCount:
            ColumnDeclaration("questionable_players_count", .integer, .nullable, "Questionable players count")
        case .playersInactiveCount:
            ColumnDeclaration("players_inactive_count", .integer, .nullable, "Players inactive count")
        case .teamWinStreakEntering:
            ColumnDeclaration("team_win_streak_entering", .integer, .nullable, "Team win streak entering")
        case .teamLossStreakEntering:
            ColumnDeclaration("team_loss_streak_entering", .integer, .nullable, "Team loss streak entering")
        case .lastGameMargin: ColumnDeclaration("last_game_margin", .integer, .nullable, "Last game margin")
        case .lastGameResult: ColumnDeclaration("last_game_result", .text, .nullable, "Last game result")
        case .teamWinsEntering: ColumnDeclaration("team_wins_entering", .integer, .nullable, "Team wins entering")
        case .teamLossesEntering: ColumnDeclaration("team_losses_entering", .integer, .nullable, "Team losses entering")
        case .travelMiles: ColumnDeclaration("travel_miles", .integer, .nullable, "Travel miles")
        case .consecutiveRoadGames:
            ColumnDeclaration("consecutive_road_games", .integer, .nullable, "Consecutive road games")
        case .milesTraveledLast14Days:
            ColumnDeclaration("miles_traveled_last_14_days", .integer, .nullable, "Miles traveled last 14 days")
        case .earlySeasonFlag: ColumnDeclaration("early_season_flag", .flag, .nullable, "Early season flag")
        case .insufficientDataReason:
            ColumnDeclaration("insufficient_data_reason", .text, .nullable, "Insufficient data reason")
        case .seasonBoundaryDetected:
            ColumnDeclaration("season_boundary_detected", .flag, .nullable, "Season boundary detected")
        case .processingDecisionReason:
            ColumnDeclaration("processing_decision_reason", .text, .nullable, "Processing decision reason")
        case .dataQualityTier:
            ColumnDeclaration("data_quality_tier", .text, .nullable, "Quality tier of the row's inputs")
        case .qualityScore:
            ColumnDeclaration("quality_score", .real, .nullable, "Quality score of the row's inputs, 0-100")
        case .dataQualityIssues:
            ColumnDeclaration(
                "data_quality_issues", .textArray, .nullable,
                "Quality issues found in the row's inputs (an empty array when none)")
        case .contextOrigin:
            ColumnDeclaration(
                "context_origin", .text, .notNull,
                "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)")
        case .syntheticFields:
            ColumnDeclaration(
                "synthetic_fields", .textArray, .notNull, "Fields of this row that are synthetic, by name")
        case .synthesisReason: ColumnDeclaration("synthesis_reason", .text, .nullable, "Synthesis reason")
        case .generatorVersion: ColumnDeclaration("generator_version", .text, .notNull, "Generator version")
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        case .estimatedGameSpread: ColumnDeclaration("estimated_game_spread", .real, .nullable, "Estimated game spread")
        case .estimatedSpreadMethod:
            ColumnDeclaration("estimated_spread_method", .text, .nullable, "Estimated spread method")
        case .estimatedSpreadVersion:
            ColumnDeclaration("estimated_spread_version", .integer, .nullable, "Estimated spread version")
        case .estimatedGameTotal: ColumnDeclaration("estimated_game_total", .real, .nullable, "Estimated game total")
        case .estimatedTotalMethod:
            ColumnDeclaration("estimated_total_method", .text, .nullable, "Estimated total method")
        case .estimatedTotalVersion:
            ColumnDeclaration("estimated_total_version", .integer, .nullable, "Estimated total version")
        }
    }
}
