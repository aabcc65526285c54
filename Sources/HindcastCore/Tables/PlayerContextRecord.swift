import GRDB

/// The columns of an `upcoming_player_game_context` row that downstream processors consume, with
/// its provenance. Phase 4, the feature store and predictions read context only through this.
public struct PlayerContextRecord: Sendable, Equatable {
    public var playerLookup: String
    public var universalPlayerID: String?
    public var gameID: String
    public var teamAbbr: String
    public var opponentTeamAbbr: String
    public var homeGame: Bool?
    public var daysRest: Int?
    public var backToBack: Bool?
    public var gamesInLast7Days: Int?
    public var gamesInLast14Days: Int?
    public var minutesInLast7Days: Int?
    public var minutesInLast14Days: Int?
    public var avgMinutesPerGameLast7: Double?
    public var backToBacksLast14Days: Int?
    public var fourthQuarterMinutesLast7: Int?
    public var playerAge: Int?
    public var projectedUsageRate: Double?
    public var avgUsageRateLast7Games: Double?
    public var starTeammatesOut: Int?
    public var paceDifferential: Double?
    public var opponentPaceLast10: Double?
    public var opponentDefRatingLast10: Double?
    public var opponentDaysRest: Int?
    public var seasonPhase: String?
    public var playerStatus: String?
    public var hasPropLine: Bool?
    public var currentPointsLine: Double?
    public var currentPointsLineSource: String?
    public var openingPointsLine: Double?
    public var estimatedPointsLine: Double?
    public var estimatedLineMethod: String?
    public var gameSpread: Double?
    public var gameTotal: Double?
    public var propOverStreak: Int?
    public var propUnderStreak: Int?
    public var contextOrigin: ContextOrigin
    public var syntheticFields: String
    /// Estimates for a synthetic row without a game-line snapshot (profile option; never observed).
    public var estimatedGameSpread: Double?
    public var estimatedGameTotal: Double?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case playerLookup = "player_lookup"
        case universalPlayerID = "universal_player_id"
        case gameID = "game_id"
        case teamAbbr = "team_abbr"
        case opponentTeamAbbr = "opponent_team_abbr"
        case homeGame = "home_game"
        case daysRest = "days_rest"
        case backToBack = "back_to_back"
        case gamesInLast7Days = "games_in_last_7_days"
        case gamesInLast14Days = "games_in_last_14_days"
        case minutesInLast7Days = "minutes_in_last_7_days"
        case minutesInLast14Days = "minutes_in_last_14_days"
        case avgMinutesPerGameLast7 = "avg_minutes_per_game_last_7"
        case backToBacksLast14Days = "back_to_backs_last_14_days"
        case fourthQuarterMinutesLast7 = "fourth_quarter_minutes_last_7"
        case playerAge = "player_age"
        case projectedUsageRate = "projected_usage_rate"
        case avgUsageRateLast7Games = "avg_usage_rate_last_7_games"
        case starTeammatesOut = "star_teammates_out"
        case paceDifferential = "pace_differential"
        case opponentPaceLast10 = "opponent_pace_last_10"
        case opponentDefRatingLast10 = "opponent_def_rating_last_10"
        case opponentDaysRest = "opponent_days_rest"
        case seasonPhase = "season_phase"
        case playerStatus = "player_status"
        case hasPropLine = "has_prop_line"
        case currentPointsLine = "current_points_line"
        case currentPointsLineSource = "current_points_line_source"
        case openingPointsLine = "opening_points_line"
        case estimatedPointsLine = "estimated_points_line"
        case estimatedLineMethod = "estimated_line_method"
        case gameSpread = "game_spread"
        case gameTotal = "game_total"
        case propOverStreak = "prop_over_streak"
        case propUnderStreak = "prop_under_streak"
        case contextOrigin = "context_origin"
        case syntheticFields = "synthetic_fields"
        case estimatedGameSpread = "estimated_game_spread"
        case estimatedGameTotal = "estimated_game_total"
    }

    /// Reads a row selected with the columns in `CodingKeys` order (by position: fast).
    init(row: Row) {
        playerLookup = row[0]
        universalPlayerID = row[1]
        gameID = row[2]
        teamAbbr = row[3]
        opponentTeamAbbr = row[4]
        homeGame = row[5]
        daysRest = row[6]
        backToBack = row[7]
        gamesInLast7Days = row[8]
        gamesInLast14Days = row[9]
        minutesInLast7Days = row[10]
        minutesInLast14Days = row[11]
        avgMinutesPerGameLast7 = row[12]
        backToBacksLast14Days = row[13]
        fourthQuarterMinutesLast7 = row[14]
        playerAge = row[15]
        projectedUsageRate = row[16]
        avgUsageRateLast7Games = row[17]
        starTeammatesOut = row[18]
        paceDifferential = row[19]
        opponentPaceLast10 = row[20]
        opponentDefRatingLast10 = row[21]
        opponentDaysRest = row[22]
        seasonPhase = row[23]
        playerStatus = row[24]
        hasPropLine = row[25]
        currentPointsLine = row[26]
        currentPointsLineSource = row[27]
        openingPointsLine = row[28]
        estimatedPointsLine = row[29]
        estimatedLineMethod = row[30]
        gameSpread = row[31]
        gameTotal = row[32]
        propOverStreak = row[33]
        propUnderStreak = row[34]
        contextOrigin = ContextOrigin(rawValue: row[35] as String) ?? .synthetic
        syntheticFields = row[36]
        estimatedGameSpread = row[37]
        estimatedGameTotal = row[38]
    }

    /// Every context row of a game day, keyed by player lookup.
    public static func all(_ db: Database, on date: GameDate) throws -> [String: PlayerContextRecord] {
        let columns = CodingKeys.allCases.map(\.rawValue).joined(separator: ", ")
        var records: [String: PlayerContextRecord] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(columns) FROM upcoming_player_game_context WHERE game_date = ?",
            arguments: [date.description])
        while let row = try rows.next() {
            let record = PlayerContextRecord(row: row)
            records[record.playerLookup] = record
        }
        return records
    }

    /// Whether the row was reconstructed rather than observed.
    public var isSynthetic: Bool { contextOrigin == .synthetic }
}
