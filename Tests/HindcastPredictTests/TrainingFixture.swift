import Foundation
import GRDB
import HindcastCore
import HindcastPredict
import HindcastStore
import HindcastTestSupport

/// A real 2021-22 warehouse with game summaries and the feature store computed from opening night
/// through 2021-11-24, built once per test process; each test works on its own copy. The learned
/// model tests train small models on the first three weeks with features (2021-11-02..21) and predict the days after.
enum TrainingFixture {
    static let trainingRange = DateRange(start: GameDate("2021-11-02")!, end: GameDate("2021-11-21")!)!
    /// The first date after the training range.
    static let firstPredictedDate = GameDate("2021-11-22")!
    static let lastComputedDate = "2021-11-24"

    /// Small, fast settings: a few shallow trees with early stopping on the newest dates.
    static var settings: TrainingSettings {
        var settings = TrainingSettings()
        settings.trees = 60
        settings.maxDepth = 3
        settings.learningRate = 0.1
        settings.bins = 32
        settings.earlyStoppingRounds = 10
        return settings
    }

    /// A fresh copy of the fixture warehouse.
    static func warehouse() throws -> FixtureWarehouse {
        try TestWarehouse.season2021(after: "features-\(lastComputedDate)") { warehouse in
            let report = try PipelineRun.run(
                warehouse, from: "2021-10-19", through: lastComputedDate,
                processors: ["player_game_summary", "ml_feature_store"])
            guard report.failed.isEmpty else { throw FixtureError("fixture backfill failed: \(report.failed)") }
        }
    }

    /// Trains on `range` (default: the fixture's training range) and stores the model.
    @discardableResult
    static func trainAndSave(
        _ warehouse: Warehouse, range: DateRange = trainingRange, settings: TrainingSettings = settings,
        createdAt: String = "2026-01-01T00:00:00.000Z"
    ) throws -> TrainingRun {
        let run = try warehouse.read { db in
            try PointsModelTrainer.train(
                db, name: settings.modelName, range: range, settings: settings, createdAt: createdAt)
        }
        try warehouse.write { db in try ModelRegistry.save(run.entry, db: db) }
        return run
    }
}

/// A fixture copy and the temporary directory that holds it (removed when released).
typealias FixtureWarehouse = SeededWarehouse

struct FixtureError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// A fetched row's values, sendable out of a warehouse read.
struct FetchedRow: Sendable {
    let values: [DatabaseValue]

    /// The value at `index` as `T` (fails the test process on NULL or a mismatch, like `Row`).
    subscript<T: DatabaseValueConvertible>(_ index: Int) -> T {
        guard let value = T.fromDatabaseValue(values[index]) else {
            preconditionFailure("column \(index) is \(values[index]), not \(T.self)")
        }
        return value
    }

    /// Rows of `sql`.
    static func fetch(
        _ warehouse: Warehouse, _ sql: String, _ arguments: StatementArguments = []
    ) throws -> [FetchedRow] {
        try warehouse.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { FetchedRow(values: Array($0.databaseValues)) }
        }
    }
}
