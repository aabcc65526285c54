/// The loss the trees descend.
public enum BoostingLoss: String, Codable, Sendable, Equatable {
    /// Squared error: leaves move toward the mean residual.
    case squared
    /// Absolute error (gradient = sign, hessian = weight): leaves move toward the median residual,
    /// which is what MAE and a bet against a line reward.
    case absolute
}

/// Hyperparameters of histogram gradient boosting.
public struct BoostingParameters: Codable, Sendable, Equatable {
    /// Maximum number of boosting rounds, one tree per round.
    public var trees: Int
    /// Maximum depth of a tree; a tree of depth `d` has at most `2^d` leaves.
    public var maxDepth: Int
    /// Shrinkage applied to every leaf value.
    public var learningRate: Double
    /// Minimum number of training rows in each leaf of a split.
    public var minRowsInLeaf: Int
    /// Maximum number of value bins per feature (2...255); missing values get one more bin.
    public var bins: Int
    /// L2 regularisation on leaf values (XGBoost's `lambda`).
    public var lambda: Double
    /// Rounds without a lower validation MAE before training stops.
    public var earlyStoppingRounds: Int
    /// The loss; models stored before it existed decode as `squared`.
    public var loss: BoostingLoss

    /// Creates parameters; the defaults suit ~26,000 rows and ~50 features.
    public init(
        trees: Int = 400, maxDepth: Int = 5, learningRate: Double = 0.05, minRowsInLeaf: Int = 20,
        bins: Int = 64, lambda: Double = 1, earlyStoppingRounds: Int = 30, loss: BoostingLoss = .squared
    ) {
        self.trees = trees
        self.maxDepth = maxDepth
        self.learningRate = learningRate
        self.minRowsInLeaf = minRowsInLeaf
        self.bins = bins
        self.lambda = lambda
        self.earlyStoppingRounds = earlyStoppingRounds
        self.loss = loss
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        trees = try c.decode(Int.self, forKey: .trees)
        maxDepth = try c.decode(Int.self, forKey: .maxDepth)
        learningRate = try c.decode(Double.self, forKey: .learningRate)
        minRowsInLeaf = try c.decode(Int.self, forKey: .minRowsInLeaf)
        bins = try c.decode(Int.self, forKey: .bins)
        lambda = try c.decode(Double.self, forKey: .lambda)
        earlyStoppingRounds = try c.decode(Int.self, forKey: .earlyStoppingRounds)
        loss = try c.decodeIfPresent(BoostingLoss.self, forKey: .loss) ?? .squared
    }

    /// Throws `GradientBoostingError.invalidParameter` for the first out-of-range value.
    func validate() throws(GradientBoostingError) {
        if trees < 1 { throw .invalidParameter("trees must be at least 1, got \(trees)") }
        if maxDepth < 1 { throw .invalidParameter("max depth must be at least 1, got \(maxDepth)") }
        if !(learningRate > 0 && learningRate.isFinite) {
            throw .invalidParameter("learning rate must be positive and finite, got \(learningRate)")
        }
        if minRowsInLeaf < 1 { throw .invalidParameter("min rows in leaf must be at least 1, got \(minRowsInLeaf)") }
        if !(2...255).contains(bins) { throw .invalidParameter("bins must be within 2...255, got \(bins)") }
        if !(lambda >= 0 && lambda.isFinite) {
            throw .invalidParameter("lambda must be non-negative and finite, got \(lambda)")
        }
        if earlyStoppingRounds < 1 {
            throw .invalidParameter("early stopping rounds must be at least 1, got \(earlyStoppingRounds)")
        }
    }
}
