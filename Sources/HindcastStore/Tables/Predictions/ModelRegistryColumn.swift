import GRDB

/// `model_registry` (`nba_predictions`): one trained model: its system, training window and file.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum ModelRegistryColumn: Int, TableColumn {
    case modelId
    case modelName
    case modelType
    case featureNames
    case featureVersion
    case trainingStartDate
    case trainingEndDate
    case trainingRowCount
    case validationRowCount
    case syntheticShareTraining
    case validationMae
    case hyperparameters
    case featureImportance
    case modelJson
    case createdAt

    public static let table = TableDeclaration(
        Self.self, name: "model_registry", dataset: .nbaPredictions, kind: .reference,
        summary: "One trained model: its system, training window and file.", key: [.modelId], partition: nil,
        indexes: [IndexDeclaration("model_registry_by_name", [.modelName, .trainingEndDate] as [Self])])

    public var declaration: ColumnDeclaration {
        switch self {
        case .modelId: ColumnDeclaration("model_id", .text, .nullable, "Model id")
        case .modelName: ColumnDeclaration("model_name", .text, .notNull, "Model name")
        case .modelType: ColumnDeclaration("model_type", .text, .notNull, "Model type")
        case .featureNames: ColumnDeclaration("feature_names", .textArray, .notNull, "Feature names")
        case .featureVersion: ColumnDeclaration("feature_version", .text, .notNull, "Feature version")
        case .trainingStartDate: ColumnDeclaration("training_start_date", .date, .notNull, "Training start date")
        case .trainingEndDate: ColumnDeclaration("training_end_date", .date, .notNull, "Training end date")
        case .trainingRowCount: ColumnDeclaration("training_row_count", .integer, .notNull, "Training row count")
        case .validationRowCount: ColumnDeclaration("validation_row_count", .integer, .notNull, "Validation row count")
        case .syntheticShareTraining:
            ColumnDeclaration("synthetic_share_training", .real, .notNull, "Synthetic share training")
        case .validationMae: ColumnDeclaration("validation_mae", .real, .nullable, "Validation mae")
        case .hyperparameters: ColumnDeclaration("hyperparameters", .text, .notNull, "Hyperparameters")
        case .featureImportance: ColumnDeclaration("feature_importance", .text, .notNull, "Feature importance")
        case .modelJson: ColumnDeclaration("model_json", .json, .notNull, "Model json")
        case .createdAt: ColumnDeclaration("created_at", .timestamp, .notNull, "When the row was created (UTC)")
        }
    }
}
