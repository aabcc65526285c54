/// Which players get a context row on a game day (DESIGN §4.5).
public enum PlayerSetPolicy: String, Codable, Sendable, CaseIterable {
    /// Players on the game's box score and not on its inactive list (the reference's backfill mode).
    case boxscore
    /// Players who appeared for the team before the date, minus the date's inactive list.
    case pregameRoster = "pregame_roster"
}

/// Settings of the context module.
public struct ContextSettings: Codable, Sendable, Equatable {
    /// Fill context gaps with synthetic rows. Off: dates without observed context fail preflight.
    public var synthesize: Bool = true
    public var playerSet: PlayerSetPolicy = .boxscore
    /// Store an estimated line (own column, never graded) on synthetic rows.
    public var estimateLines: Bool = false
    /// `points_avg_last_5` (falls back to the last 10) or `points_avg_last_10`.
    public var lineEstimationMethod: String = "points_avg_last_5"
    /// Bookmakers in order of preference for observed lines; others follow alphabetically.
    public var bookmakerPriority: [String] = ["draftkings", "fanduel"]
    /// A star: at least this many points per game over the season to date...
    public var starPointsPerGame: Double = 18.0
    /// ...or at least this many minutes with `starAltPointsPerGame` points.
    public var starMinutesPerGame: Double = 28.0
    public var starAltPointsPerGame: Double = 12.0
    /// Minimum games played this season before a player can count as a star.
    public var starMinimumGames: Int = 10
    /// Treat every snapshot of the processed date as absent (prop lines, game lines, injury reports,
    /// imported rows), so every row is synthetic; earlier snapshots still train the estimators.
    /// Not a profile key: `hindcast fidelity` sets it on a scratch copy to measure the cost of
    /// synthesis.
    public var hideSnapshots: Bool = false

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case synthesize
        case playerSet = "player_set"
        case estimateLines = "estimate_lines"
        case lineEstimationMethod = "line_estimation_method"
        case bookmakerPriority = "bookmaker_priority"
        case starPointsPerGame = "star_points_per_game"
        case starMinutesPerGame = "star_minutes_per_game"
        case starAltPointsPerGame = "star_alt_points_per_game"
        case starMinimumGames = "star_minimum_games"
    }

    public init(from decoder: any Decoder) throws {
        try ProfileKeys.refuseUnknown(in: decoder, known: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = ContextSettings()
        synthesize = try c.decodeIfPresent(Bool.self, forKey: .synthesize) ?? d.synthesize
        playerSet = try c.decodeIfPresent(PlayerSetPolicy.self, forKey: .playerSet) ?? d.playerSet
        estimateLines = try c.decodeIfPresent(Bool.self, forKey: .estimateLines) ?? d.estimateLines
        lineEstimationMethod =
            try c.decodeIfPresent(String.self, forKey: .lineEstimationMethod) ?? d.lineEstimationMethod
        bookmakerPriority = try c.decodeIfPresent([String].self, forKey: .bookmakerPriority) ?? d.bookmakerPriority
        starPointsPerGame = try c.decodeIfPresent(Double.self, forKey: .starPointsPerGame) ?? d.starPointsPerGame
        starMinutesPerGame = try c.decodeIfPresent(Double.self, forKey: .starMinutesPerGame) ?? d.starMinutesPerGame
        starAltPointsPerGame =
            try c.decodeIfPresent(Double.self, forKey: .starAltPointsPerGame) ?? d.starAltPointsPerGame
        starMinimumGames = try c.decodeIfPresent(Int.self, forKey: .starMinimumGames) ?? d.starMinimumGames
    }
}
