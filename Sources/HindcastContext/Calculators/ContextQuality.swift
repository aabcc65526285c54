import HindcastCore

/// The quality fields both context tables derive the same way.
enum ContextQuality {
    /// The tier and score of a row from the games behind it this season: gold (95) from 10 games,
    /// silver (85) from 5, bronze (70) from 1, else poor (50).
    static func tier(sample: Int) -> (tier: QualityTier, score: Double) {
        sample >= 10 ? (.gold, 95) : sample >= 5 ? (.silver, 85) : sample >= 1 ? (.bronze, 70) : (.poor, 50)
    }

    /// Whether D falls in a month where seasons begin or end (October, November, April).
    static func seasonBoundary(_ date: GameDate) -> Bool { [10, 11, 4].contains(date.month) }
}
