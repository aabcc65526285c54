import HindcastCore

/// One team game from the Phase 3 team summaries, for recent-form averages.
public struct TeamFormGame: Sendable, Equatable {
    public let date: GameDate
    public let pace: Double?
    public let offensiveRating: Double?
    public let reboundingRate: Double?
    /// From the team's defensive summary.
    public let defensiveRating: Double?
    /// Opponent free-throw attempts per 100 opponent possessions.
    public let freeThrowRateAllowed: Double?

    public init(
        date: GameDate, pace: Double?, offensiveRating: Double?, reboundingRate: Double?, defensiveRating: Double?,
        freeThrowRateAllowed: Double?
    ) {
        self.date = date
        self.pace = pace
        self.offensiveRating = offensiveRating
        self.reboundingRate = reboundingRate
        self.defensiveRating = defensiveRating
        self.freeThrowRateAllowed = freeThrowRateAllowed
    }
}

/// Averages over a team's last 10 games before the game day (same season; no date floors).
public struct TeamForm: Sendable, Equatable {
    public var paceLast10: Double?
    public var offensiveRatingLast10: Double?
    public var defensiveRatingLast10: Double?
    public var reboundingRateLast10: Double?
    public var freeThrowRateAllowedLast10: Double?
    public var gamesUsed: Int

    public init(date: GameDate, games: [TeamFormGame]) {
        let last10 = games.filter { $0.date < date }.sorted { $0.date > $1.date }.prefix(10)
        func mean(_ value: (TeamFormGame) -> Double?) -> Double? { ScoringSummary.mean(last10.compactMap(value)[...]) }
        paceLast10 = mean(\.pace).map(Rounding.tenth)
        offensiveRatingLast10 = mean(\.offensiveRating).map(Rounding.hundredth)
        defensiveRatingLast10 = mean(\.defensiveRating).map(Rounding.hundredth)
        reboundingRateLast10 = mean(\.reboundingRate).map(Rounding.thousandth)
        freeThrowRateAllowedLast10 = mean(\.freeThrowRateAllowed).map(Rounding.thousandth)
        gamesUsed = last10.count
    }
}
