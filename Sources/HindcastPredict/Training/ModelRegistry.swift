import GRDB
import HindcastCore
import HindcastStore

/// Reads and writes `model_registry`. Models are never partitioned by date: the walk-forward
/// system picks, for each date it predicts, the newest model trained strictly before it.
public enum ModelRegistry {
    /// Every column of a registry row, as `load` reads them.
    static let columns = ColumnSelection(ModelRegistryColumn.allCases)

    /// What `newest` reads.
    static let referenceColumns = ColumnSelection<ModelRegistryColumn>([
        .modelId, .trainingStartDate, .trainingEndDate,
    ])

    /// The identity and training range of a registry model, without its JSON.
    public struct Reference: Sendable, Equatable {
        public var modelID: String
        public var trainingStart: GameDate
        public var trainingEnd: GameDate
    }

    /// Inserts `entry`, replacing a row with the same id (the same model trained again).
    public static func save(_ entry: RegisteredModel, db: Database) throws {
        let row: TableRow<ModelRegistryColumn> = [
            .modelId: entry.modelID, .modelName: entry.modelName, .modelType: entry.modelType,
            .featureNames: JSONText.array(entry.featureNames), .featureVersion: entry.featureVersion,
            .trainingStartDate: entry.trainingStart.description, .trainingEndDate: entry.trainingEnd.description,
            .trainingRowCount: entry.trainingRowCount, .validationRowCount: entry.validationRowCount,
            .syntheticShareTraining: entry.syntheticShareTraining, .validationMae: entry.validationMAE,
            .hyperparameters: entry.hyperparameters, .featureImportance: entry.featureImportance,
            .modelJson: entry.modelJSON, .createdAt: entry.createdAt,
        ]
        let marks = Array(repeating: "?", count: columns.columns.count).joined(separator: ", ")
        try db.execute(
            sql: "INSERT OR REPLACE INTO model_registry (\(columns.sql)) VALUES (\(marks))",
            arguments: StatementArguments(row.values))
    }

    /// The newest model called `name` whose training range ends strictly before `date`: the latest
    /// `training_end_date`, then the latest `created_at`. One query; `nil` when there is none.
    public static func newest(named name: String, before date: GameDate, db: Database) throws -> Reference? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT \(referenceColumns.sql) FROM model_registry
                    WHERE model_name = ? AND training_end_date < ?
                    ORDER BY training_end_date DESC, created_at DESC, model_id DESC LIMIT 1
                    """, arguments: [name, date.description])
        else { return nil }
        let reference = SelectedRow(row, referenceColumns)
        return Reference(
            modelID: reference[.modelId], trainingStart: try parseDate(reference[.trainingStartDate]),
            trainingEnd: try parseDate(reference[.trainingEndDate]))
    }

    /// The registry row with this id.
    public static func load(id: String, db: Database) throws -> RegisteredModel {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT \(columns.sql) FROM model_registry WHERE model_id = ?", arguments: [id])
        else { throw TrainingError.unknownModel(id) }
        let model = SelectedRow(row, columns)
        return RegisteredModel(
            modelID: model[.modelId], modelName: model[.modelName], modelType: model[.modelType],
            featureNames: JSONText.strings(model[.featureNames]), featureVersion: model[.featureVersion],
            trainingStart: try parseDate(model[.trainingStartDate]),
            trainingEnd: try parseDate(model[.trainingEndDate]), trainingRowCount: model[.trainingRowCount],
            validationRowCount: model[.validationRowCount], syntheticShareTraining: model[.syntheticShareTraining],
            validationMAE: model[.validationMae], hyperparameters: model[.hyperparameters],
            featureImportance: model[.featureImportance], modelJSON: model[.modelJson], createdAt: model[.createdAt])
    }

    private static func parseDate(_ text: String) throws -> GameDate {
        guard let date = GameDate(text) else { throw TrainingError.badDate(text) }
        return date
    }
}
