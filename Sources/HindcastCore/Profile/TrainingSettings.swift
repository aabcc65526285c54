/// Settings of the learned points model (gradient-boosted trees) and of its training rows
/// (`docs/learned-model.md`).
public struct TrainingSettings: Codable, Sendable, Equatable {
    /// Registry name of the model `hindcast train` writes by default and the `gbt_v1` system reads.
    public var modelName: String = "gbt_v1"
    /// Maximum number of boosting rounds, one tree per round.
    public var trees: Int = 400
    /// Maximum depth of a tree.
    public var maxDepth: Int = 5
    /// Shrinkage applied to every leaf value.
    public var learningRate: Double = 0.05
    /// Minimum number of training rows in each leaf of a split.
    public var minRowsInLeaf: Int = 20
    /// Maximum number of value bins per feature (2...255).
    public var bins: Int = 64
    /// Share of the newest training dates held out, in date order, for early stopping (0: none).
    public var validationFraction: Double = 0.15
    /// Rounds without a lower validation MAE before training stops.
    public var earlyStoppingRounds: Int = 30
    /// Quality tiers whose rows are left out of training.
    public var excludeTiers: [String] = []
    /// Weight of a training row per unit of synthetic share: weight = 1 − factor × share.
    public var syntheticDownweight: Double = 0.0
    /// Rows with a larger synthetic share are left out.
    public var maxSyntheticShare: Double = 1.0
    /// The starting margin the trees learn the residual over: `linear` (least-absolute-deviation fits
    /// on the observed line and the scoring averages, the line's fit where a line exists), `none`, or
    /// `line_blend`: `linear`, then on rows with an observed line a least-absolute-deviation blend of
    /// the line, its implied over probability and the boosted prediction, fitted on the validation dates.
    public var baseline: String = "line_blend"
    /// The trees' loss: `absolute` (toward the median, what MAE and bets reward) or `squared`.
    public var loss: String = "absolute"
    /// Walk-forward retraining: `none` (train once on the range), `monthly` or `weekly` (one model
    /// per period end over the range, each trained on everything from the range's start to it).
    public var retrain: String = "none"

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case modelName = "model_name"
        case trees
        case maxDepth = "max_depth"
        case learningRate = "learning_rate"
        case minRowsInLeaf = "min_rows_in_leaf"
        case bins
        case validationFraction = "validation_fraction"
        case earlyStoppingRounds = "early_stopping_rounds"
        case excludeTiers = "exclude_tiers"
        case syntheticDownweight = "synthetic_downweight"
        case maxSyntheticShare = "max_synthetic_share"
        case baseline, loss, retrain
    }

    public init(from decoder: any Decoder) throws {
        try ProfileKeys.refuseUnknown(in: decoder, known: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = TrainingSettings()
        modelName = try c.decodeIfPresent(String.self, forKey: .modelName) ?? d.modelName
        trees = try c.decodeIfPresent(Int.self, forKey: .trees) ?? d.trees
        maxDepth = try c.decodeIfPresent(Int.self, forKey: .maxDepth) ?? d.maxDepth
        learningRate = try c.decodeIfPresent(Double.self, forKey: .learningRate) ?? d.learningRate
        minRowsInLeaf = try c.decodeIfPresent(Int.self, forKey: .minRowsInLeaf) ?? d.minRowsInLeaf
        bins = try c.decodeIfPresent(Int.self, forKey: .bins) ?? d.bins
        validationFraction = try c.decodeIfPresent(Double.self, forKey: .validationFraction) ?? d.validationFraction
        earlyStoppingRounds = try c.decodeIfPresent(Int.self, forKey: .earlyStoppingRounds) ?? d.earlyStoppingRounds
        excludeTiers = try c.decodeIfPresent([String].self, forKey: .excludeTiers) ?? d.excludeTiers
        syntheticDownweight = try c.decodeIfPresent(Double.self, forKey: .syntheticDownweight) ?? d.syntheticDownweight
        maxSyntheticShare = try c.decodeIfPresent(Double.self, forKey: .maxSyntheticShare) ?? d.maxSyntheticShare
        baseline = try c.decodeIfPresent(String.self, forKey: .baseline) ?? d.baseline
        loss = try c.decodeIfPresent(String.self, forKey: .loss) ?? d.loss
        retrain = try c.decodeIfPresent(String.self, forKey: .retrain) ?? d.retrain
    }
}
