import HindcastCore

/// `moving_average`: 0.5·L5 + 0.3·L10 + 0.2·season, plus the reference's adjustments (fatigue
/// with 100 = fresh, shot-zone mismatch, back-to-back, pace, venue, usage spike), clamped to 0-60.
public struct MovingAverageSystem: PredictionSystem {
    public static let id = "moving_average"
    public var id: String { Self.id }

    public init() {}

    public func predict(_ player: PlayerDay) -> SystemPrediction {
        let f = player.features.features
        let base =
            0.5 * f.filled(.pointsAvgLast5) + 0.3 * f.filled(.pointsAvgLast10) + 0.2
            * f.filled(.pointsAvgSeason)
        var adjustments = Adjustments()
        adjustments.fatigue = RuleAdjustments.movingAverageFatigue(f.filled(.fatigueScore))
        adjustments.shotZone = 0.3 * f.filled(.shotZoneMismatchScore)
        adjustments.other = f.filled(.backToBack) >= 0.5 ? -1.5 : 0
        adjustments.pace = 0.3 * f.filled(.paceScore)
        adjustments.homeAway = player.features.playsAtHome ? 0.5 : -0.5
        adjustments.usageSpike = 0.4 * f.filled(.usageSpikeScore)
        let total = [
            adjustments.fatigue, adjustments.shotZone, adjustments.other, adjustments.pace, adjustments.homeAway,
            adjustments.usageSpike,
        ].compactMap { $0 }.reduce(0, +)
        var prediction = SystemPrediction(
            points: RuleAdjustments.clampPoints(base + total),
            baseConfidence: RuleAdjustments.ruleConfidence(
                pointsStdLast10: f.filled(.pointsStdLast10), gamesInLast7Days: f.filled(.gamesInLast7Days)
            ))
        prediction.adjustments = adjustments
        prediction.keyFactors = ["weighted_average": String(Rounding.hundredth(base))]
        return prediction
    }
}
