/// Trains `GradientBoostedModel`s with squared or absolute loss, histogram splits and validation early
/// stopping, optionally over a per-row baseline margin.
public enum GradientBoostingTrainer {
    /// Fits a model to `training`; with `validation`, stops after `earlyStoppingRounds` rounds without a lower
    /// validation MAE and keeps the trees up to the best round. With `baseline`, every row starts at its
    /// margin and the trees learn the residual over it. Deterministic: no randomness at all.
    public static func train(
        _ training: TrainingSet, validation: TrainingSet? = nil, parameters: BoostingParameters = BoostingParameters(),
        baseline: MarginBaseline? = nil
    ) throws(GradientBoostingError) -> GradientBoostedModel {
        try parameters.validate()
        let columns = try training.validatedColumns(set: "training")
        let rowCount = training.count
        let edges = training.featureNames.indices.map { feature in
            FeatureBinner.edges(
                values: columns[feature * rowCount..<(feature + 1) * rowCount], maxBins: parameters.bins)
        }
        var monitor: ValidationMonitor?
        if let validation {
            guard validation.featureNames == training.featureNames else {
                throw .featureNamesMismatch(training: training.featureNames, validation: validation.featureNames)
            }
            let validationColumns = try validation.validatedColumns(set: "validation")
            monitor = ValidationMonitor(
                matrix: BinnedMatrix(columns: validationColumns, rowCount: validation.count, edges: edges),
                targets: validation.targets, weights: validation.effectiveWeights,
                margins: validation.margins(baseline))
        }

        let matrix = BinnedMatrix(columns: columns, rowCount: rowCount, edges: edges)
        let targets = training.targets
        let hessians = training.effectiveWeights
        let margins = training.margins(baseline)
        let baseScore: Double
        switch parameters.loss {
        case .squared:
            var weightedSum = 0.0
            var totalWeight = 0.0
            for row in 0..<rowCount {
                weightedSum += hessians[row] * (targets[row] - margins[row])
                totalWeight += hessians[row]
            }
            baseScore = weightedSum / totalWeight
        case .absolute:
            baseScore = LeastAbsoluteDeviation.weightedMedian(
                (0..<rowCount).map { targets[$0] - margins[$0] }, weights: hessians)
        }
        var predictions = margins.map { $0 + baseScore }
        var gradients = [Double](repeating: 0, count: rowCount)
        monitor?.start(baseScore: baseScore)

        let builder = TreeBuilder(matrix: matrix, edges: edges, parameters: parameters)
        var trees: [RegressionTree] = []
        for _ in 0..<parameters.trees {
            switch parameters.loss {
            case .squared:
                for row in 0..<rowCount { gradients[row] = hessians[row] * (predictions[row] - targets[row]) }
            case .absolute:
                for row in 0..<rowCount {
                    let residual = predictions[row] - targets[row]
                    gradients[row] = residual > 0 ? hessians[row] : residual < 0 ? -hessians[row] : 0
                }
            }
            let grown = builder.grow(gradients: gradients, hessians: hessians)
            builder.addLeafValues(to: &predictions)
            trees.append(grown.tree)
            if monitor?.record(grown, patience: parameters.earlyStoppingRounds) == .stop { break }
        }
        if let monitor { trees.removeSubrange(monitor.bestRound...) }
        return GradientBoostedModel(
            featureNames: training.featureNames, binEdges: edges, baseScore: baseScore, trees: trees,
            validationMAEHistory: monitor?.history ?? [], parameters: parameters, baseline: baseline)
    }
}
