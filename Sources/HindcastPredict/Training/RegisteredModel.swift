import Foundation
import HindcastCore

/// One `model_registry` row: a trained model, what it was trained on, and its JSON.
public struct RegisteredModel: Codable, Sendable, Equatable {
    /// `NAME-END-HASH`: the name, the last training date and a hash of the model JSON, so the same
    /// model trained twice gets the same id and a different model never shares one.
    public var modelID: String
    public var modelName: String
    public var modelType: String
    /// Feature names in the column order the model predicts from.
    public var featureNames: [String]
    public var featureVersion: String
    /// First and last date of the requested training range (inclusive).
    public var trainingStart: GameDate
    public var trainingEnd: GameDate
    /// Rows the trees were grown on, and rows of the held-out validation dates.
    public var trainingRowCount: Int
    public var validationRowCount: Int
    /// Mean synthetic share of the rows trained and validated on (0-1).
    public var syntheticShareTraining: Double
    /// Unweighted MAE of the kept trees on the validation dates, `nil` without a validation slice.
    public var validationMAE: Double?
    /// The training settings, as JSON.
    public var hyperparameters: String
    /// Every feature with a non-zero gain importance, as a JSON object.
    public var featureImportance: String
    /// `GradientBoostedModel` as JSON (sorted keys).
    public var modelJSON: String
    public var createdAt: String

    /// The model type every registry row of this build holds.
    public static let gradientBoostedTrees = "gradient_boosted_trees"

    enum CodingKeys: String, CodingKey {
        case modelID = "model_id"
        case modelName = "model_name"
        case modelType = "model_type"
        case featureNames = "feature_names"
        case featureVersion = "feature_version"
        case trainingStart = "training_start_date"
        case trainingEnd = "training_end_date"
        case trainingRowCount = "training_row_count"
        case validationRowCount = "validation_row_count"
        case syntheticShareTraining = "synthetic_share_training"
        case validationMAE = "validation_mae"
        case hyperparameters
        case featureImportance = "feature_importance"
        case modelJSON = "model_json"
        case createdAt = "created_at"
    }

    /// Creates a row.
    public init(
        modelID: String, modelName: String, modelType: String = RegisteredModel.gradientBoostedTrees,
        featureNames: [String], featureVersion: String, trainingStart: GameDate, trainingEnd: GameDate,
        trainingRowCount: Int, validationRowCount: Int, syntheticShareTraining: Double, validationMAE: Double?,
        hyperparameters: String, featureImportance: String, modelJSON: String, createdAt: String
    ) {
        self.modelID = modelID
        self.modelName = modelName
        self.modelType = modelType
        self.featureNames = featureNames
        self.featureVersion = featureVersion
        self.trainingStart = trainingStart
        self.trainingEnd = trainingEnd
        self.trainingRowCount = trainingRowCount
        self.validationRowCount = validationRowCount
        self.syntheticShareTraining = syntheticShareTraining
        self.validationMAE = validationMAE
        self.hyperparameters = hyperparameters
        self.featureImportance = featureImportance
        self.modelJSON = modelJSON
        self.createdAt = createdAt
    }

    /// Decodes a row; `model_json` may be absent (an exported file keeps the model beside it).
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        modelID = try c.decode(String.self, forKey: .modelID)
        modelName = try c.decode(String.self, forKey: .modelName)
        modelType = try c.decode(String.self, forKey: .modelType)
        featureNames = try c.decode([String].self, forKey: .featureNames)
        featureVersion = try c.decode(String.self, forKey: .featureVersion)
        trainingStart = try c.decode(GameDate.self, forKey: .trainingStart)
        trainingEnd = try c.decode(GameDate.self, forKey: .trainingEnd)
        trainingRowCount = try c.decode(Int.self, forKey: .trainingRowCount)
        validationRowCount = try c.decode(Int.self, forKey: .validationRowCount)
        syntheticShareTraining = try c.decode(Double.self, forKey: .syntheticShareTraining)
        validationMAE = try c.decodeIfPresent(Double.self, forKey: .validationMAE)
        hyperparameters = try c.decode(String.self, forKey: .hyperparameters)
        featureImportance = try c.decode(String.self, forKey: .featureImportance)
        modelJSON = try c.decodeIfPresent(String.self, forKey: .modelJSON) ?? ""
        createdAt = try c.decode(String.self, forKey: .createdAt)
    }

    /// Encodes a row; an empty `model_json` is left out.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(modelID, forKey: .modelID)
        try c.encode(modelName, forKey: .modelName)
        try c.encode(modelType, forKey: .modelType)
        try c.encode(featureNames, forKey: .featureNames)
        try c.encode(featureVersion, forKey: .featureVersion)
        try c.encode(trainingStart, forKey: .trainingStart)
        try c.encode(trainingEnd, forKey: .trainingEnd)
        try c.encode(trainingRowCount, forKey: .trainingRowCount)
        try c.encode(validationRowCount, forKey: .validationRowCount)
        try c.encode(syntheticShareTraining, forKey: .syntheticShareTraining)
        try c.encodeIfPresent(validationMAE, forKey: .validationMAE)
        try c.encode(hyperparameters, forKey: .hyperparameters)
        try c.encode(featureImportance, forKey: .featureImportance)
        if !modelJSON.isEmpty { try c.encode(modelJSON, forKey: .modelJSON) }
        try c.encode(createdAt, forKey: .createdAt)
    }

    /// Decodes the model, checking its features are the registry row's and exist in the catalog.
    public func decodedModel() throws(TrainingError) -> GradientBoostedModel {
        let model: GradientBoostedModel
        do {
            model = try JSONDecoder().decode(GradientBoostedModel.self, from: Data(modelJSON.utf8))
        } catch {
            throw .unreadableModel(id: modelID, reason: "model_json does not decode: \(error)")
        }
        guard model.featureNames == featureNames else {
            throw .unreadableModel(id: modelID, reason: "model_json features differ from feature_names")
        }
        if let unknown = featureNames.first(where: { PointsModelTrainer.column(of: $0) == nil }) {
            throw .unreadableModel(
                id: modelID, reason: "feature \(unknown) is neither in the feature catalog nor a market value")
        }
        return model
    }

    /// The registry row and the model as one JSON document (the model as an object), for `--out`.
    public func exportJSON() throws(TrainingError) -> String {
        let export = ModelExport(entry: self, model: try decodedModel())
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(export) else {
            throw .unreadableModel(id: modelID, reason: "the model does not encode as JSON")
        }
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Reads a file written by `exportJSON()` back into its registry row.
    public static func importJSON(_ data: Data) throws -> RegisteredModel {
        let export = try JSONDecoder().decode(ModelExport.self, from: data)
        var entry = export.entry
        entry.modelJSON = JSONText.encode(export.model)
        return entry
    }
}

/// The exported file: the registry row's metadata beside the model object.
struct ModelExport: Codable {
    var entry: RegisteredModel
    var model: GradientBoostedModel

    enum CodingKeys: String, CodingKey { case entry = "registry", model }

    init(entry: RegisteredModel, model: GradientBoostedModel) {
        var metadata = entry
        metadata.modelJSON = ""
        self.entry = metadata
        self.model = model
    }
}
