import GRDB
import HindcastCore

/// What one training run did: the rows it used, the model and its registry row, and how long it took.
public struct TrainingRun: Sendable {
    public let data: TrainingData
    public let split: TrainingSplit
    public let model: GradientBoostedModel
    /// The row to store in `model_registry` (not yet saved).
    public let entry: RegisteredModel
    /// Seconds spent growing trees (the extraction is not included).
    public let seconds: Double

    /// Distinct dates trained and validated on.
    public var dates: Int { Set(split.all.map(\.date)).count }

    /// Share of the kept rows whose context row is synthetic (or missing).
    public var syntheticContextShare: Double {
        let all = split.all
        return all.isEmpty ? 0 : Double(all.filter { $0.contextOrigin != "observed" }.count) / Double(all.count)
    }
}

/// Trains the points model on the feature store: extraction (`TrainingData`), the profile's
/// exclusions, weights and date split (`TrainingSplit`), then gradient boosting.
public enum PointsModelTrainer {
    /// Feature names the model is trained on: every catalog feature, in catalog order, then the
    /// observed market values (`MarketFeatures.names`).
    public static var featureNames: [String] { FeatureCatalog.all.map(\.name) + MarketFeatures.names }

    /// Where a model feature sits in a training or prediction row (catalog features, then market
    /// values), `nil` for a name that is neither.
    public static func column(of name: String) -> Int? {
        FeatureCatalog.id(named: name)?.rawValue
            ?? MarketFeatures.names.firstIndex(of: name).map { FeatureCatalog.all.count + $0 }
    }

    /// The linear baselines tried in order (`training.baseline = linear`): the line with its implied
    /// over probability and the scoring averages; the line and the averages; the averages alone.
    public static let baselineCandidates: [[String]] = [
        ["market_points_line", "market_implied_over", "points_avg_last_5", "points_avg_last_10", "points_avg_season"],
        ["market_points_line", "points_avg_last_5", "points_avg_last_10", "points_avg_season"],
        ["points_avg_last_5", "points_avg_last_10", "points_avg_season"],
    ]

    /// The line blends tried in order (`training.baseline = line_blend`), each with the boosted
    /// prediction: the line with its implied over probability; the line alone.
    public static let lineBlendCandidates: [[String]] = [
        ["market_points_line", "market_implied_over"],
        ["market_points_line"],
    ]

    /// Extracts the rows of `range` from the warehouse and trains on them.
    public static func train(
        _ db: Database, name: String, range: DateRange, settings: TrainingSettings, createdAt: String = Timestamp.now()
    ) throws -> TrainingRun {
        try train(try TrainingData.load(db, range: range), name: name, settings: settings, createdAt: createdAt)
    }

    /// Trains on already extracted rows. The same rows and settings always give the same model and id.
    public static func train(
        _ data: TrainingData, name: String, settings: TrainingSettings, createdAt: String = Timestamp.now()
    ) throws(TrainingError) -> TrainingRun {
        let split = try TrainingSplit(data.examples, settings: settings)
        guard !split.training.isEmpty else {
            throw .noTrainingRows(
                range: data.range.description,
                detail: "\(data.featureStoreRows) feature-store rows, \(data.placeholders) early-season placeholders, "
                    + "\(data.withoutActuals) without minutes played, \(split.excludedByTier) excluded by tier, "
                    + "\(split.excludedBySyntheticShare) over the synthetic-share limit")
        }
        let names = featureNames
        let parameters = BoostingParameters(
            trees: settings.trees, maxDepth: settings.maxDepth, learningRate: settings.learningRate,
            minRowsInLeaf: settings.minRowsInLeaf, bins: settings.bins,
            earlyStoppingRounds: settings.earlyStoppingRounds, loss: BoostingLoss(rawValue: settings.loss) ?? .absolute)
        let clock = ContinuousClock.now
        let model: GradientBoostedModel
        do {
            let training = split.trainingSet(split.training, featureNames: names)
            let baseline =
                settings.baseline == "none" ? nil : MarginBaseline.fit(training, candidates: baselineCandidates)
            let validation = split.validation.isEmpty ? nil : split.trainingSet(split.validation, featureNames: names)
            let boosted = try GradientBoostingTrainer.train(
                training, validation: validation, parameters: parameters, baseline: baseline)
            if settings.baseline == "line_blend", let validation {
                let predictions = validation.rows.map { row in
                    row.withUnsafeBufferPointer { boosted.boostedPrediction($0) }
                }
                model = boosted.withLineBlend(
                    LineBlend.fit(validation, predictions: predictions, candidates: lineBlendCandidates))
            } else {
                model = boosted
            }
        } catch {
            throw .boosting(error.description)
        }
        let elapsed = ContinuousClock.now - clock
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        let modelJSON = JSONText.encode(model)
        var hash = Fingerprint()
        hash.add(modelJSON)
        let all = split.all
        let entry = RegisteredModel(
            modelID: "\(name)-\(data.range.end)-\(hash.hex.prefix(8))", modelName: name, featureNames: names,
            featureVersion: FeatureCatalog.version, trainingStart: data.range.start, trainingEnd: data.range.end,
            trainingRowCount: split.training.count, validationRowCount: split.validation.count,
            syntheticShareTraining: Rounding.thousandth(all.map(\.syntheticShare).reduce(0, +) / Double(all.count)),
            validationMAE: meanAbsoluteError(model, split.validation).map(Rounding.thousandth),
            hyperparameters: JSONText.encode(settings), featureImportance: importanceJSON(model, top: nil),
            modelJSON: modelJSON, createdAt: createdAt)
        return TrainingRun(data: data, split: split, model: model, entry: entry, seconds: seconds)
    }

    /// Unweighted mean absolute error of `model` on `examples`, `nil` when there are none.
    public static func meanAbsoluteError(_ model: GradientBoostedModel, _ examples: [TrainingExample]) -> Double? {
        guard !examples.isEmpty else { return nil }
        let total = examples.reduce(0.0) { $0 + abs(model.predict(row: $1.features) - $1.points) }
        return total / Double(examples.count)
    }

    /// The features with non-zero gain importance (the `top` highest when given) as a JSON object
    /// of importances rounded to 4 decimals.
    public static func importanceJSON(_ model: GradientBoostedModel, top: Int?) -> String {
        let ranked = model.featureImportance.filter { $0.importance > 0 }
        let kept = top.map { Array(ranked.prefix($0)) } ?? ranked
        let values = kept.map { "\(JSONText.quote($0.name)):\(($0.importance * 10_000).rounded() / 10_000)" }
        return "{" + values.joined(separator: ",") + "}"
    }
}
