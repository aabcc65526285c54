import GRDB
import HindcastCore

/// Reads and writes `model_registry`. Models are never partitioned by date: the walk-forward
/// system picks, for each date it predicts, the newest model trained strictly before it.
public enum ModelRegistry {
    /// The columns of a registry row, in the order `save` and `load` use.
    static let columns = [
        "model_id", "model_name", "model_type", "feature_names", "feature_version", "training_start_date",
        "training_end_date", "training_row_count", "validation_row_count", "synthetic_share_training",
        "validation_mae", "hyperparameters", "feature_importance", "model_json", "created_at",
    ]

    /// The identity and training range of a registry model, without its JSON.
    public struct Reference: Sendable, Equatable {
        public var modelID: String
        public var trainingStart: GameDate
        public var trainingEnd: GameDate
    }

    /// Inserts `entry`, replacing a row with the same id (the same model trained again).
    public static func save(_ entry: RegisteredModel, db: Database) throws {
        let values: [(any DatabaseValueConvertible)?] = [
            entry.modelID, entry.modelName, entry.modelType, JSONText.array(entry.featureNames), entry.featureVersion,
            entry.trainingStart.description, entry.trainingEnd.description, entry.trainingRowCount,
            entry.validationRowCount, entry.syntheticShareTraining, entry.validationMAE, entry.hyperparameters,
            entry.featureImportance, entry.modelJSON, entry.createdAt,
        ]
        let marks = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        try db.execute(
            sql: "INSERT OR REPLACE INTO model_registry (\(columns.joined(separator: ", "))) VALUES (\(marks))",
            arguments: StatementArguments(values))
    }

    /// The newest model called `name` whose training range ends strictly before `date`: the latest
    /// `training_end_date`, then the latest `created_at`. One query; `nil` when there is none.
    public static func newest(named name: String, before date: GameDate, db: Database) throws -> Reference? {
        guard
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT model_id, training_start_date, training_end_date FROM model_registry
                    WHERE model_name = ? AND training_end_date < ?
                    ORDER BY training_end_date DESC, created_at DESC, model_id DESC LIMIT 1
                    """, arguments: [name, date.description])
        else { return nil }
        return Reference(modelID: row[0], trainingStart: try parseDate(row[1]), trainingEnd: try parseDate(row[2]))
    }

    /// The registry row with this id.
    public static func load(id: String, db: Database) throws -> RegisteredModel {
        guard
            let row = try Row.fetchOne(
                db, sql: "SELECT \(columns.joined(separator: ", ")) FROM model_registry WHERE model_id = ?",
                arguments: [id])
        else { throw TrainingError.unknownModel(id) }
        return RegisteredModel(
            modelID: row[0], modelName: row[1], modelType: row[2], featureNames: JSONText.strings(row[3]),
            featureVersion: row[4], trainingStart: try parseDate(row[5]), trainingEnd: try parseDate(row[6]),
            trainingRowCount: row[7], validationRowCount: row[8], syntheticShareTraining: row[9],
            validationMAE: row[10], hyperparameters: row[11], featureImportance: row[12], modelJSON: row[13],
            createdAt: row[14])
    }

    private static func parseDate(_ text: String) throws -> GameDate {
        guard let date = GameDate(text) else { throw TrainingError.badDate(text) }
        return date
    }
}
