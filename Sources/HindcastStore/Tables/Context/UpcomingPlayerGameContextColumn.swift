import GRDB

/// `upcoming_player_game_context` (`nba_analytics`): one player's pre-game context for one game: rest, recent form, lines, observed or synthetic.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum UpcomingPlayerGameContextColumn: Int, TableColumn {
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
    case gameStartTimeLocal
    case hasPropLine
    case currentPointsLine
    case openingPointsLine
    case lineMovement
    case currentPointsLineSource
    case openingPointsLineSource
    case propBookmakerCount
    case estimatedPointsLine
    case estimatedLineMethod
    case gameSpread
    case openingSpread
    case spreadMovement
    case gameSpreadSource
    case gameTotal
    case openingTotal
    case totalMovement
    case gameTotalSource
    case paceDifferential
    case opponentPaceLast10
    case opponentOffRatingLast10
    case opponentDefRatingLast10
    case opponentReboundingRate
    case opponentFtRateAllowed
    case backToBack
    case seasonPhase
    case projectedUsageRate
    case daysRest
    case daysRestBeforeLastGame
    case daysSince2PlusDaysRest
    case gamesInLast7Days
    case gamesInLast14Days
    case minutesInLast7Days
    case minutesInLast14Days
    case avgMinutesPerGameLast7
    case backToBacksLast14Days
    case avgUsageRateLast7Games
    case fourthQuarterMinutesLast7
    case clutchMinutesLast7Games
    case travelMiles
    case timeZoneChanges
    case consecutiveRoadGames
    case milesTraveledLast14Days
    case timeZonesCrossedLast14Days
    case playerAge
    case pointsAvgLast5
    case pointsAvgLast10
    case l5GamesUsed
    case l10GamesUsed
    case l5SampleQuality
    case l10SampleQuality
    case propOverStreak
    case propUnderStreak
    case starTeammatesOut
    case starTeammatesOutNames
    case opponentDaysRest
    case playerStatus
    case injuryReport
    case gamesPlayedSeason
    case expectedGamesCount
    case actualGamesCount
    case completenessPercentage
    case missingGamesCount
    case isProductionReady
    case seasonBoundaryDetected
    case backfillBootstrapMode
    case processingDecisionReason
    case dataQualityTier
    case qualityScore
    case dataQualityIssues
    case contextVersion
    case contextOrigin
    case syntheticFields
    case synthesisReason
    case playerSetSource
    case generatorVersion
    case inputFingerprint
    case runId
    case estimatedLineVersion
    case estimatedGameSpread
    case estimatedSpreadMethod
    case estimatedSpreadVersion
    case estimatedGameTotal
    case estimatedTotalMethod
    case estimatedTotalVersion
    case syntheticFieldsBits
    case syntheticFieldsText

    public static let table = TableDeclaration(
        Self.self, name: "upcoming_player_game_context", dataset: .nbaAnalytics, kind: .pipeline,
        summary: "One player's pre-game context for one game: rest, recent form, lines, observed or synthetic.",
        key: [.gameDate, .playerLookup], partition: .gameDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .playerFullName: ColumnDeclaration("player_full_name", .text, .nullable, "Player full name")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameCode: ColumnDeclaration("game_code", .text, .nullable, "Game code")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .nullable, "Season start year (2021 = 2021-22)")
        case .seasonType: ColumnDeclaration("season_type", .text, .nullable, "Season type")
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .notNull, "Team tricode")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .notNull, "Opponent team tricode")
        case .homeGame: ColumnDeclaration("home_game", .flag, .nullable, "Home game")
        case .gameStartTimeLocal: ColumnDeclaration("game_start_time_local", .text, .nullable, "Game start time local")
        case .hasPropLine: ColumnDeclaration("has_prop_line", .flag, .nullable, "Has prop line")
        case .currentPointsLine: ColumnDeclaration("current_points_line", .real, .nullable, "Current points line")
        case .openingPointsLine: ColumnDeclaration("opening_points_line", .real, .nullable, "Opening points line")
        case .lineMovement: ColumnDeclaration("line_movement", .real, .nullable, "Line movement")
        case .currentPointsLineSource:
            ColumnDeclaration("current_points_line_source", .text, .nullable, "Current points line source")
        case .openingPointsLineSource:
            ColumnDeclaration("opening_points_line_source", .text, .nullable, "Opening points line source")
        case .propBookmakerCount: ColumnDeclaration("prop_bookmaker_count", .integer, .nullable, "Prop bookmaker count")
        case .estimatedPointsLine: ColumnDeclaration("estimated_points_line", .real, .nullable, "Estimated points line")
        case .estimatedLineMethod: ColumnDeclaration("estimated_line_method", .text, .nullable, "Estimated line method")
        case .gameSpread: ColumnDeclaration("game_spread", .real, .nullable, "Game spread")
        case .openingSpread: ColumnDeclaration("opening_spread", .real, .nullable, "Opening spread")
        case .spreadMovement: ColumnDeclaration("spread_movement", .real, .nullable, "Spread movement")
        case .gameSpreadSource: ColumnDeclaration("game_spread_source", .text, .nullable, "Game spread source")
        case .gameTotal: ColumnDeclaration("game_total", .real, .nullable, "Game total")
        case .openingTotal: ColumnDeclaration("opening_total", .real, .nullable, "Opening total")
        case .totalMovement: ColumnDeclaration("total_movement", .real, .nullable, "Total movement")
        case .gameTotalSource: ColumnDeclaration("game_total_source", .text, .nullable, "Game total source")
        case .paceDifferential: ColumnDeclaration("pace_differential", .real, .nullable, "Pace differential")
        case .opponentPaceLast10: ColumnDeclaration("opponent_pace_last_10", .real, .nullable, "Opponent pace last 10")
        case .opponentOffRatingLast10:
            ColumnDeclaration("opponent_off_rating_last_10", .real, .nullable, "Opponent off rating last 10")
        case .opponentDefRatingLast10:
            ColumnDeclaration("opponent_def_rating_last_10", .real, .nullable, "Opponent def rating last 10")
        case .opponentReboundingRate:
            ColumnDeclaration("opponent_rebounding_rate", .real, .nullable, "Opponent rebounding rate")
        case .opponentFtRateAllowed:
            ColumnDeclaration("opponent_ft_rate_allowed", .real, .nullable, "Opponent free throws rate allowed")
        case .backToBack: ColumnDeclaration("back_to_back", .flag, .nullable, "Back to back")
        case .seasonPhase: ColumnDeclaration("season_phase", .text, .nullable, "Season phase")
        case .projectedUsageRate: ColumnDeclaration("projected_usage_rate", .real, .nullable, "Projected usage rate")
        case .daysRest: ColumnDeclaration("days_rest", .integer, .nullable, "Days rest")
        case .daysRestBeforeLastGame:
            ColumnDeclaration("days_rest_before_last_game", .integer, .nullable, "Days rest before last game")
        case .daysSince2PlusDaysRest:
            ColumnDeclaration("days_since_2_plus_days_rest", .integer, .nullable, "Days since 2 plus days rest")
        case .gamesInLast7Days: ColumnDeclaration("games_in_last_7_days", .integer, .nullable, "Games in last 7 days")
        case .gamesInLast14Days:
            ColumnDeclaration("games_in_last_14_days", .integer, .nullable, "Games in last 14 days")
        case .minutesInLast7Days:
            ColumnDeclaration("minutes_in_last_7_days", .integer, .nullable, "Minutes in last 7 days")
        case .minutesInLast14Days:
            ColumnDeclaration("minutes_in_last_14_days", .integer, .nullable, "Minutes in last 14 days")
        case .avgMinutesPerGameLast7:
            ColumnDeclaration("avg_minutes_per_game_last_7", .real, .nullable, "Average minutes per game last 7")
        case .backToBacksLast14Days:
            ColumnDeclaration("back_to_backs_last_14_days", .integer, .nullable, "Back to backs last 14 days")
        case .avgUsageRateLast7Games:
            ColumnDeclaration("avg_usage_rate_last_7_games", .real, .nullable, "Average usage rate last 7 games")
        case .fourthQuarterMinutesLast7:
            ColumnDeclaration("fourth_quarter_minutes_last_7", .integer, .nullable, "Fourth quarter minutes last 7")
        case .clutchMinutesLast7Games:
            ColumnDeclaration("clutch_minutes_last_7_games", .integer, .nullable, "Clutch minutes last 7 games")
        case .travelMiles: ColumnDeclaration("travel_miles", .integer, .nullable, "Travel miles")
        case .timeZoneChanges: ColumnDeclaration("time_zone_changes", .integer, .nullable, "Time zone changes")
        case .consecutiveRoadGames:
            ColumnDeclaration("consecutive_road_games", .integer, .nullable, "Consecutive road games")
        case .milesTraveledLast14Days:
            ColumnDeclaration("miles_traveled_last_14_days", .integer, .nullable, "Miles traveled last 14 days")
        case .timeZonesCrossedLast14Days:
            ColumnDeclaration("time_zones_crossed_last_14_days", .integer, .nullable, "Time zones crossed last 14 days")
        case .playerAge: ColumnDeclaration("player_age", .integer, .nullable, "Player age")
        case .pointsAvgLast5: ColumnDeclaration("points_avg_last_5", .real, .nullable, "Points average last 5")
        case .pointsAvgLast10: ColumnDeclaration("points_avg_last_10", .real, .nullable, "Points average last 10")
        case .l5GamesUsed: ColumnDeclaration("l5_games_used", .integer, .nullable, "Last 5 games used")
        case .l10GamesUsed: ColumnDeclaration("l10_games_used", .integer, .nullable, "Last 10 games used")
        case .l5SampleQuality: ColumnDeclaration("l5_sample_quality", .text, .nullable, "Last 5 sample quality")
        case .l10SampleQuality: ColumnDeclaration("l10_sample_quality", .text, .nullable, "Last 10 sample quality")
        case .propOverStreak: ColumnDeclaration("prop_over_streak", .integer, .nullable, "Prop over streak")
        case .propUnderStreak: ColumnDeclaration("prop_under_streak", .integer, .nullable, "Prop under streak")
        case .starTeammatesOut: ColumnDeclaration("star_teammates_out", .integer, .nullable, "Star teammates out")
        case .starTeammatesOutNames:
            ColumnDeclaration("star_teammates_out_names", .textArray, .nullable, "Star teammates out names")
        case .opponentDaysRest: ColumnDeclaration("opponent_days_rest", .integer, .nullable, "Opponent days rest")
        case .playerStatus: ColumnDeclaration("player_status", .text, .nullable, "Player status")
        case .injuryReport: ColumnDeclaration("injury_report", .text, .nullable, "Injury report")
        case .gamesPlayedSeason: ColumnDeclaration("games_played_season", .integer, .nullable, "Games played season")
        case .expectedGamesCount: ColumnDeclaration("expected_games_count", .integer, .nullable, "Expected games count")
        case .actualGamesCount: ColumnDeclaration("actual_games_count", .integer, .nullable, "Actual games count")
        case .completenessPercentage:
            ColumnDeclaration("completeness_percentage", .real, .nullable, "Completeness percentage")
        case .missingGamesCount: ColumnDeclaration("missing_games_count", .integer, .nullable, "Missing games count")
        case .isProductionReady: ColumnDeclaration("is_production_ready", .flag, .nullable, "Is production ready")
        case .seasonBoundaryDetected:
            ColumnDeclaration("season_boundary_detected", .flag, .nullable, "Season boundary detected")
        case .backfillBootstrapMode:
            ColumnDeclaration("backfill_bootstrap_mode", .flag, .nullable, "Backfill bootstrap mode")
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
        case .contextVersion: ColumnDeclaration("context_version", .integer, .nullable, "Context version")
        case .contextOrigin:
            ColumnDeclaration(
                "context_origin", .text, .notNull,
                "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)")
        case .syntheticFields:
            .syntheticFieldList("synthetic_fields", description: "Fields of this row that are synthetic, by name")
        case .synthesisReason: ColumnDeclaration("synthesis_reason", .text, .nullable, "Synthesis reason")
        case .playerSetSource: ColumnDeclaration("player_set_source", .text, .nullable, "Player set source")
        case .generatorVersion: ColumnDeclaration("generator_version", .text, .notNull, "Generator version")
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        case .estimatedLineVersion:
            ColumnDeclaration("estimated_line_version", .integer, .nullable, "Estimated line version")
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
        case .syntheticFieldsBits: .syntheticFieldBits(of: "synthetic_fields")
        case .syntheticFieldsText: .syntheticFieldText(of: "synthetic_fields")
        }
    }
}
