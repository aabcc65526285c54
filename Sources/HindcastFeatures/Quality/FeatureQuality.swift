import HindcastCore

/// The quality of one feature-store row, computed from its features' source tags alone
/// (DESIGN §5): a weighted mean over the scored features, capped when required features are
/// defaults, with synthetic and default bookkeeping.
public struct FeatureQuality: Sendable, Equatable {
    public let score: Double
    public let tier: QualityTier
    public let scoredCount: Int
    public let defaultCount: Int
    public let requiredDefaultCount: Int
    public let defaultIndices: [Int]
    public let syntheticCount: Int
    public let syntheticShare: Double
    public let syntheticIndices: [Int]
    public let phase4Count: Int
    public let phase3Count: Int
    public let calculatedCount: Int
    public let categoryScores: [FeatureCategory: Double]
    public let alertLevel: String
    public let isQualityReady: Bool
    public let isTrainingReady: Bool
    public let dataSource: String

    /// Scores `sources` (one per catalog feature, in order) with the profile's weights and caps.
    /// Required features always count; optional ones only when they have a real value. A required
    /// default or missing feature caps the score at `capWithOneDefault` (69), five or more at
    /// `capWithFiveDefaults` (49).
    public init(sources: [FeatureSource], settings: FeatureSettings) {
        precondition(sources.count == FeatureCatalog.all.count, "one source per feature")
        var weights: [Double] = []
        var byCategory: [FeatureCategory: [Double]] = [:]
        var defaults: [Int] = []
        var requiredDefaults = 0
        var synthetic: [Int] = []
        for (feature, source) in zip(FeatureCatalog.all, sources) {
            if feature.required && source.isDefaultOrMissing {
                requiredDefaults += 1
                defaults.append(feature.index)
            }
            guard feature.required || !source.isDefaultOrMissing else { continue }
            let weight = settings.weight(of: source)
            weights.append(weight)
            byCategory[feature.category, default: []].append(weight)
            if source.isSynthetic { synthetic.append(feature.index) }
        }
        var score = weights.isEmpty ? 0 : weights.reduce(0, +) / Double(weights.count)
        if requiredDefaults >= 5 {
            score = min(score, settings.capWithFiveDefaults)
        } else if requiredDefaults >= 1 {
            score = min(score, settings.capWithOneDefault)
        }
        score = Rounding.hundredth(score)
        let categoryScores = byCategory.mapValues { Rounding.hundredth($0.reduce(0, +) / Double($0.count)) }
        let tier = QualityTier(score: score)
        let matchup = categoryScores[.matchup] ?? 0
        self.score = score
        self.tier = tier
        scoredCount = weights.count
        defaultCount = sources.filter { $0 == .default }.count
        requiredDefaultCount = requiredDefaults
        defaultIndices = defaults
        syntheticCount = synthetic.count
        syntheticShare = weights.isEmpty ? 0 : Rounding.thousandth(Double(synthetic.count) / Double(weights.count))
        syntheticIndices = synthetic
        phase4Count = sources.filter { $0 == .phase4 || $0 == .phase4SyntheticInput }.count
        phase3Count = sources.filter { $0 == .phase3Observed || $0 == .phase3Synthetic }.count
        calculatedCount = sources.filter { $0 == .calculated }.count
        self.categoryScores = categoryScores
        if matchup < 50 || score < 50 {
            alertLevel = "red"
        } else if requiredDefaults > 0 || score < 70 || matchup < 70 {
            alertLevel = "yellow"
        } else {
            alertLevel = "green"
        }
        isQualityReady =
            [.gold, .silver, .bronze].contains(tier) && score >= 70 && matchup >= 50 && requiredDefaults == 0
        isTrainingReady =
            [.gold, .silver].contains(tier) && matchup >= 70 && (categoryScores[.playerHistory] ?? 0) >= 80
        let total = Double(max(1, weights.count))
        let phase4Share = Double(phase4Count) / total
        dataSource =
            phase4Share >= 0.9
            ? "phase4" : phase4Share >= 0.5 ? "phase4_partial" : Double(phase3Count) / total >= 0.5 ? "phase3" : "mixed"
    }
}
