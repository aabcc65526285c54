import Foundation
import GRDB
import HindcastCore
import HindcastStore

/// `gbt_v1` and `gbt_edge_v1`: the gradient-boosted points model, walk-forward. For a date D each
/// uses the newest `model_registry` model named by the profile's `training.model_name` whose
/// training range ends strictly before D, so no row dated D or later ever reached it; without one
/// it makes no prediction that date. Decoded models are kept by system and model id for the rest of
/// the process (an id includes a hash of the model JSON, so a cached id always means the same model).
///
/// The two systems read the same model. `gbt_v1` predicts the model's forecast: on a row with an
/// observed line, the line blend fitted out of sample (the lowest absolute error, and close to the
/// line). `gbt_edge_v1` predicts the boosted trees without the blend, so its departures from the
/// line are the model's own view of the side; it is meant for OVER/UNDER decisions and stays out of
/// the ensemble, which already has `gbt_v1`.
public struct LearnedModelSystem: WarehouseBackedSystem {
    /// The id of the blended system.
    public static let id = "gbt_v1"
    /// The id of the unblended system.
    public static let edgeID = "gbt_edge_v1"
    /// Features listed in a prediction row's `feature_importance`.
    public static let importanceTop = 10

    public let id: String
    /// Whether the model's line blend applies (`gbt_v1`) or not (`gbt_edge_v1`).
    public let blended: Bool
    public var joinsEnsemble: Bool { blended }
    private let cache = ModelCache()

    /// `gbt_v1` (`blended`) or `gbt_edge_v1`.
    public init(blended: Bool = true) {
        self.blended = blended
        id = blended ? Self.id : Self.edgeID
    }

    public func prepared(for date: GameDate, profile: Profile, db: Database) throws -> PreparedSystem {
        let name = profile.training.modelName
        guard let reference = try ModelRegistry.newest(named: name, before: date, db: db) else {
            return .unavailable(reason: "no \(name) model in model_registry trained before \(date)")
        }
        let market = try MarketLines.visible(db, date: date, profile: profile)
        if let loaded = cache.model(reference.modelID) { return .ready(loaded.on(market)) }
        let loaded = try LoadedModel(
            try ModelRegistry.load(id: reference.modelID, db: db), systemID: id, blended: blended)
        cache.keep(loaded)
        return .ready(loaded.on(market))
    }

    /// Never called: the processor asks `prepared(for:profile:db:)` for the date's loaded model.
    public func predict(_ player: PlayerDay) -> SystemPrediction {
        preconditionFailure("\(id) predicts through SystemPlan.systems(for:profile:db:), which loads its model")
    }
}

/// One registry model, decoded and ready to predict under a system's id.
public struct LoadedModel: PredictionSystem {
    public let id: String
    public let model: GradientBoostedModel
    /// Where each of the model's features sits in the feature store's row followed by the market values.
    let columns: [Int]
    let info: ModelInfo
    /// The date's observed market snapshots (none until `on(_:)`).
    var market = MarketLines()
    public let joinsEnsemble: Bool

    /// Decodes `entry`'s model, mapping its features to feature-store columns by name; without
    /// `blended`, the model's line blend is dropped and the boosted trees predict every row.
    public init(_ entry: RegisteredModel, systemID: String, blended: Bool = true) throws(TrainingError) {
        let decoded = try entry.decodedModel()
        model = blended ? decoded : decoded.withLineBlend(nil)
        joinsEnsemble = blended
        id = systemID
        columns = entry.featureNames.map { PointsModelTrainer.column(of: $0)! }
        info = ModelInfo(
            modelID: entry.modelID, trainingStart: entry.trainingStart.description,
            trainingEnd: entry.trainingEnd.description,
            featureImportance: PointsModelTrainer.importanceJSON(model, top: LearnedModelSystem.importanceTop))
    }

    /// The model's points from D's feature row (defaults filled, NaN where the store has no
    /// number, as in training), clamped to 0-60. Confidence as the reference's CatBoost systems:
    /// 75, plus 10 / 7 / 5 / 2 by feature quality (≥ 90 / ≥ 80 / ≥ 70 / less), plus 10 / 7 / 5 / 2 by
    /// the last-10 points standard deviation (< 4 / < 6 / < 8 / more).
    public func predict(_ player: PlayerDay) -> SystemPrediction {
        let row = modelRow(player)
        let points = model.predict(row: row)
        let quality = player.features.qualityScore
        let spread = player.features.features.filled(.pointsStdLast10)
        let qualityBonus: Double = quality >= 90 ? 10 : quality >= 80 ? 7 : quality >= 70 ? 5 : 2
        let spreadBonus: Double = spread < 4 ? 10 : spread < 6 ? 7 : spread < 8 ? 5 : 2
        var prediction = SystemPrediction(
            points: min(60, max(0, points)), baseConfidence: min(100, 75 + qualityBonus + spreadBonus))
        prediction.model = info
        let market = row.indices.filter { columns[$0] >= FeatureCatalog.all.count }.map { row[$0] }
        prediction.model?.inputsDigest = market.map { $0.isNaN ? "-" : String($0) }.joined(separator: ",")
        prediction.keyFactors = ["model_trees": String(model.trees.count)]
        let parts = SourceContributions(model: model, row: row, columns: columns, sources: player.features.features)
        prediction.keyFactors.merge(parts.keyFactors) { $1 }
        return prediction
    }

    /// The same model with `market` as the date's snapshots.
    func on(_ market: MarketLines) -> LoadedModel {
        var copy = self
        copy.market = market
        return copy
    }

    /// The model's input row for a player: D's feature-store row (defaults filled, NaN where the
    /// store has no number, as in training) and D's observed market values, in the model's order.
    func modelRow(_ player: PlayerDay) -> [Double] {
        let row =
            player.features.features.row
            + market.features(player: player.features.playerLookup, team: player.features.teamAbbr).values
        return columns.map { $0 < row.count ? row[$0] : .nan }
    }
}

/// Decoded models by id, shared by every run of the process; a handful at most.
final class ModelCache: Sendable {
    private struct Kept: Sendable {
        var models: [String: LoadedModel] = [:]
        /// Ids, oldest first.
        var order: [String] = []
    }

    private let kept = Locked(Kept())
    private let capacity = 8

    func model(_ id: String) -> LoadedModel? {
        kept.withLock { $0.models[id] }
    }

    func keep(_ model: LoadedModel) {
        kept.withLock { kept in
            if kept.models.updateValue(model, forKey: model.info.modelID) == nil {
                kept.order.append(model.info.modelID)
            }
            if kept.order.count > capacity { kept.models[kept.order.removeFirst()] = nil }
        }
    }
}
