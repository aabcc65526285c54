/// A trained gradient-boosted regression model: a base score plus the sum of its trees' leaf values.
public struct GradientBoostedModel: Codable, Sendable, Equatable {
    /// Feature names in the column order `predict` expects.
    public let featureNames: [String]
    /// Per-feature bin edges the trees were grown on; every split threshold is one of these.
    public let binEdges: [[Double]]
    /// The starting prediction: the weighted mean training target.
    public let baseScore: Double
    /// The kept trees, in boosting order.
    public let trees: [RegressionTree]
    /// Number of trees kept: the round (1-based) with the lowest validation MAE, or every round without validation.
    public let bestIteration: Int
    /// Validation MAE after each round that was trained (empty without a validation set).
    public let validationMAEHistory: [Double]
    /// Total split gain per feature over the kept trees, normalised to sum 1 (all zero without splits).
    public let gainImportance: [Double]
    /// The parameters the model was trained with.
    public let parameters: BoostingParameters
    /// The per-row starting margin the trees were grown over (`nil`: none, every row starts at `baseScore`).
    public let baseline: MarginBaseline?
    /// On rows with an observed line, the blend of the line with the boosted prediction (`nil`: none).
    public let lineBlend: LineBlend?

    /// Assembles a model and computes its gain importance from `trees`.
    init(
        featureNames: [String], binEdges: [[Double]], baseScore: Double, trees: [RegressionTree],
        validationMAEHistory: [Double], parameters: BoostingParameters, baseline: MarginBaseline? = nil,
        lineBlend: LineBlend? = nil
    ) {
        self.baseline = baseline
        self.lineBlend = lineBlend
        self.featureNames = featureNames
        self.binEdges = binEdges
        self.baseScore = baseScore
        self.trees = trees
        self.bestIteration = trees.count
        self.validationMAEHistory = validationMAEHistory
        self.parameters = parameters
        var gains = [Double](repeating: 0, count: featureNames.count)
        for tree in trees {
            for node in 0..<tree.nodeCount where tree.features[node] >= 0 {
                gains[Int(tree.features[node])] += tree.gains[node]
            }
        }
        let total = gains.reduce(0, +)
        gainImportance = total > 0 ? gains.map { $0 / total } : gains
    }

    /// Decodes a model, refusing trees that would index outside the model's nodes or features.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        featureNames = try container.decode([String].self, forKey: .featureNames)
        binEdges = try container.decode([[Double]].self, forKey: .binEdges)
        baseScore = try container.decode(Double.self, forKey: .baseScore)
        trees = try container.decode([RegressionTree].self, forKey: .trees)
        bestIteration = try container.decode(Int.self, forKey: .bestIteration)
        validationMAEHistory = try container.decode([Double].self, forKey: .validationMAEHistory)
        gainImportance = try container.decode([Double].self, forKey: .gainImportance)
        parameters = try container.decode(BoostingParameters.self, forKey: .parameters)
        baseline = try container.decodeIfPresent(MarginBaseline.self, forKey: .baseline)
        lineBlend = try container.decodeIfPresent(LineBlend.self, forKey: .lineBlend)
        let featureCount = featureNames.count
        guard trees.allSatisfy({ $0.isWellFormed(featureCount: featureCount) }), gainImportance.count == featureCount,
            binEdges.count == featureCount, baseScore.isFinite,
            baseline?.isWellFormed(featureCount: featureCount) ?? true,
            lineBlend?.isWellFormed(featureCount: featureCount) ?? true
        else {
            throw DecodingError.dataCorrupted(
                .init(
                    codingPath: decoder.codingPath, debugDescription: "model trees or feature arrays are inconsistent"))
        }
    }

    /// The predicted target for one row of raw feature values in `featureNames` order (NaN for missing).
    public func predict(row: [Double]) -> Double {
        precondition(row.count == featureNames.count, "row has \(row.count) values, model has \(featureNames.count)")
        return row.withUnsafeBufferPointer { values in
            let boosted = boostedPrediction(values)
            return lineBlend?.blend(values, model: boosted) ?? boosted
        }
    }

    /// Base score, margin and trees, before any line blend.
    func boostedPrediction(_ values: UnsafeBufferPointer<Double>) -> Double {
        var prediction = baseScore + (baseline?.margin(values) ?? 0)
        for tree in trees { prediction += tree.leafValue(row: values) }
        return prediction
    }

    /// The same model with `blend` as its second stage on rows with a line.
    public func withLineBlend(_ blend: LineBlend?) -> GradientBoostedModel {
        GradientBoostedModel(
            featureNames: featureNames, binEdges: binEdges, baseScore: baseScore, trees: trees,
            validationMAEHistory: validationMAEHistory, parameters: parameters, baseline: baseline, lineBlend: blend)
    }

    /// Saabas path contributions of the trees for one row: `bias` (base score, baseline margin and
    /// every root's value) plus the sum of `perFeature` is exactly `predict(row:)`. On a row with a
    /// line blend, the blend's line terms join `bias` and the trees' terms are scaled by its model
    /// coefficient (the blend is linear in the boosted prediction).
    public func contributions(row: [Double]) -> (bias: Double, margin: Double, perFeature: [Double]) {
        precondition(row.count == featureNames.count, "row has \(row.count) values, model has \(featureNames.count)")
        var perFeature = [Double](repeating: 0, count: featureNames.count)
        return row.withUnsafeBufferPointer { values in
            let margin = baseline?.margin(values) ?? 0
            var bias = baseScore
            for tree in trees { bias += tree.addPathContributions(row: values, into: &perFeature) }
            guard let piece = lineBlend?.piece(for: values) else { return (bias, margin, perFeature) }
            let scale = piece.modelCoefficient
            return (piece.fixedPart(values) + scale * bias, scale * margin, perFeature.map { scale * $0 })
        }
    }

    /// The predicted target for each row.
    public func predict(rows: [[Double]]) -> [Double] {
        rows.map { predict(row: $0) }
    }

    /// Features with their normalised gain importance, highest first (ties in feature order).
    public var featureImportance: [(name: String, importance: Double)] {
        featureNames.indices
            .sorted { gainImportance[$0] != gainImportance[$1] ? gainImportance[$0] > gainImportance[$1] : $0 < $1 }
            .map { (featureNames[$0], gainImportance[$0]) }
    }

    /// The normalised gain importance of the named feature, or `nil` if the model has no such feature.
    public func importance(of featureName: String) -> Double? {
        featureNames.firstIndex(of: featureName).map { gainImportance[$0] }
    }
}
