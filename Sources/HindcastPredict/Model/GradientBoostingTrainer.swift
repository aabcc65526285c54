/// Trains `GradientBoostedModel`s with squared-error loss, histogram splits and validation early stopping.
public enum GradientBoostingTrainer {
    /// Fits a model to `training`; with `validation`, stops after `earlyStoppingRounds` rounds without a lower
    /// validation MAE and keeps the trees up to the best round. Deterministic: no randomness at all.
    public static func train(
        _ training: TrainingSet, validation: TrainingSet? = nil, parameters: BoostingParameters = BoostingParameters()
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
                targets: validation.targets, weights: validation.effectiveWeights)
        }

        let matrix = BinnedMatrix(columns: columns, rowCount: rowCount, edges: edges)
        let targets = training.targets
        let hessians = training.effectiveWeights
        var weightedSum = 0.0
        var totalWeight = 0.0
        for row in 0..<rowCount {
            weightedSum += hessians[row] * targets[row]
            totalWeight += hessians[row]
        }
        let baseScore = weightedSum / totalWeight
        var predictions = [Double](repeating: baseScore, count: rowCount)
        var gradients = [Double](repeating: 0, count: rowCount)
        monitor?.start(baseScore: baseScore)

        let builder = TreeBuilder(matrix: matrix, edges: edges, parameters: parameters)
        var trees: [RegressionTree] = []
        for _ in 0..<parameters.trees {
            for row in 0..<rowCount { gradients[row] = hessians[row] * (predictions[row] - targets[row]) }
            let grown = builder.grow(gradients: gradients, hessians: hessians)
            builder.addLeafValues(to: &predictions)
            trees.append(grown.tree)
            if monitor?.record(grown, patience: parameters.earlyStoppingRounds) == .stop { break }
        }
        if let monitor { trees.removeSubrange(monitor.bestRound...) }
        return GradientBoostedModel(
            featureNames: training.featureNames, binEdges: edges, baseScore: baseScore, trees: trees,
            validationMAEHistory: monitor?.history ?? [], parameters: parameters)
    }
}
