import HindcastCore

/// Training examples after the profile's exclusions and weights, split by date: the newest
/// `validation_fraction` of dates (never a random sample) is held out for early stopping.
public struct TrainingSplit: Sendable {
    /// Examples the trees are grown on, oldest first.
    public let training: [TrainingExample]
    /// Examples of the newest dates, for early stopping and the registry's validation MAE.
    public let validation: [TrainingExample]
    /// Examples left out because their quality tier is in `exclude_tiers`.
    public let excludedByTier: Int
    /// Examples left out because their synthetic share exceeds `max_synthetic_share`.
    public let excludedBySyntheticShare: Int
    /// The first validation date, or `nil` without a validation slice.
    public let validationStart: GameDate?
    /// Row weight per unit of synthetic share (`synthetic_downweight`).
    public let syntheticDownweight: Double

    /// Applies `settings` to `examples` (ordered by date): exclusions, then the date split.
    public init(_ examples: [TrainingExample], settings: TrainingSettings) throws(TrainingError) {
        try Self.check(settings)
        let excluded = Set(settings.excludeTiers)
        var kept: [TrainingExample] = []
        var byTier = 0
        var byShare = 0
        for example in examples {
            if excluded.contains(example.qualityTier) {
                byTier += 1
            } else if example.syntheticShare > settings.maxSyntheticShare {
                byShare += 1
            } else {
                kept.append(example)
            }
        }
        let dates = Array(Set(kept.map(\.date))).sorted()
        var held = 0
        if settings.validationFraction > 0 && dates.count >= 2 {
            held = min(dates.count - 1, max(1, Int((settings.validationFraction * Double(dates.count)).rounded())))
        }
        let start = held > 0 ? dates[dates.count - held] : nil
        training = start.map { first in kept.filter { $0.date < first } } ?? kept
        validation = start.map { first in kept.filter { $0.date >= first } } ?? []
        excludedByTier = byTier
        excludedBySyntheticShare = byShare
        validationStart = start
        syntheticDownweight = settings.syntheticDownweight
    }

    /// The weight of one example: 1 − downweight × synthetic share.
    public func weight(of example: TrainingExample) -> Double {
        max(0, 1 - syntheticDownweight * example.syntheticShare)
    }

    /// Every kept example, training then validation.
    public var all: [TrainingExample] { training + validation }

    /// The boosting library's view of `examples`: features, points, and weights when downweighting.
    func trainingSet(_ examples: [TrainingExample], featureNames: [String]) -> TrainingSet {
        TrainingSet(
            featureNames: featureNames, rows: examples.map(\.features), targets: examples.map(\.points),
            weights: syntheticDownweight > 0 ? examples.map(weight(of:)) : nil)
    }

    private static func check(_ settings: TrainingSettings) throws(TrainingError) {
        for tier in settings.excludeTiers where QualityTier(rawValue: tier) == nil {
            throw .unknownTier(tier)
        }
        if !(0..<1).contains(settings.validationFraction) {
            throw .invalidSetting("validation_fraction must be within 0..<1, got \(settings.validationFraction)")
        }
        if !(0...1).contains(settings.syntheticDownweight) {
            throw .invalidSetting("synthetic_downweight must be within 0...1, got \(settings.syntheticDownweight)")
        }
        if !(0...1).contains(settings.maxSyntheticShare) {
            throw .invalidSetting("max_synthetic_share must be within 0...1, got \(settings.maxSyntheticShare)")
        }
        if settings.modelName.isEmpty { throw .invalidSetting("model_name must not be empty") }
        if !["line_blend", "linear", "none"].contains(settings.baseline) {
            throw .invalidSetting("baseline must be line_blend, linear or none, got \(settings.baseline)")
        }
        if BoostingLoss(rawValue: settings.loss) == nil {
            throw .invalidSetting("loss must be absolute or squared, got \(settings.loss)")
        }
        if RetrainPeriod(rawValue: settings.retrain) == nil {
            throw .invalidSetting("retrain must be none, weekly or monthly, got \(settings.retrain)")
        }
    }
}
