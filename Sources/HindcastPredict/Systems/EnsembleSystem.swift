import HindcastCore

/// `ensemble_v1`: the weighted mean of the other systems' (stored, rounded) predictions, with
/// weights from their trailing accuracy before the date (`EnsembleWeights`). Its confidence is the
/// weighted mean of their confidences plus an agreement bonus: +10 when the predictions span less
/// than 2 points, +5 under 3, 0 under 5, −5 under 8, else −10.
public enum EnsembleSystem {
    public static let id = "ensemble_v1"

    /// Combines the components' predictions for one player.
    public static func combine(
        _ components: [(id: String, prediction: SystemPrediction)], weights: EnsembleWeights
    )
        -> SystemPrediction
    {
        let used = components
        let raw = used.map { weights.weights[$0.id] ?? 0 }
        let total = raw.reduce(0, +)
        let w = total > 0 ? raw.map { $0 / total } : raw.map { _ in 1 / Double(raw.count) }
        let points = used.map { Rounding.tenth($0.prediction.points) }
        let predicted = zip(w, points).map(*).reduce(0, +)
        let confidence = zip(w, used).map { $0 * $1.prediction.baseConfidence }.reduce(0, +)
        let spread = (points.max() ?? 0) - (points.min() ?? 0)
        let mean = points.reduce(0, +) / Double(points.count)
        var prediction = SystemPrediction(
            points: predicted, baseConfidence: min(100, max(0, confidence + agreementBonus(spread: spread))))
        prediction.ensemble = EnsembleStats(
            variance: points.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(points.count),
            agreementScore: min(100, max(0, 100 - 10 * spread)), contributingSystems: used.count,
            weightsJSON: weights.json)
        prediction.keyFactors = ["prediction_spread": String(Rounding.tenth(spread))]
        return prediction
    }

    static func agreementBonus(spread: Double) -> Double {
        if spread < 2 { return 10 }
        if spread < 3 { return 5 }
        if spread < 5 { return 0 }
        if spread < 8 { return -5 }
        return -10
    }
}
