import GRDB
import HindcastCore
import HindcastPredict
import Testing

/// Walk-forward without leakage: the model a date is predicted with was trained on rows dated
/// strictly before that date, and nothing dated on or after it can change that model.
@Suite struct TrainingLeakageTests {
    @Test func theModelUsedOnADateWasTrainedOnlyOnRowsDatedBeforeIt() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let date = TrainingFixture.firstPredictedDate
        let run = try TrainingFixture.trainAndSave(warehouse)
        // A newer model whose range reaches the predicted date must not be used on it.
        let later = DateRange(start: TrainingFixture.trainingRange.start, end: date)!
        let newer = try TrainingFixture.trainAndSave(warehouse, range: later, createdAt: "2026-01-02T00:00:00.000Z")
        let used = try warehouse.read { db in
            try ModelRegistry.newest(named: TrainingFixture.settings.modelName, before: date, db: db)
        }
        #expect(used?.modelID == run.entry.modelID)
        #expect(used?.modelID != newer.entry.modelID)
        let entry = try warehouse.read { db in try ModelRegistry.load(id: used!.modelID, db: db) }
        #expect(entry.trainingEnd < date)

        let extraction = try warehouse.read { db in
            try TrainingData.load(db, range: DateRange(start: entry.trainingStart, end: entry.trainingEnd)!)
        }
        #expect(extraction.examples.count == entry.trainingRowCount + entry.validationRowCount)
        #expect(extraction.examples.allSatisfy { $0.date < date })
        #expect(extraction.examples.map(\.date).max() == entry.trainingEnd)
        #expect(newer.data.examples.contains { $0.date == date }, "the newer model did see the date's rows")
    }

    @Test func changingEveryRowOnOrAfterTheFirstPredictedDateLeavesTheModelIdentical() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let before = try TrainingFixture.trainAndSave(warehouse)
        let from = TrainingFixture.firstPredictedDate.description
        try warehouse.write { db in
            try db.execute(
                sql: "UPDATE player_game_summary SET points = points + 17 WHERE game_date >= ?", arguments: [from])
            try db.execute(
                sql: """
                    UPDATE ml_feature_store SET features = REPLACE(features, '.', '9.'),
                        quality_tier = 'critical', synthetic_share = 1 WHERE game_date >= ?
                    """, arguments: [from])
            try db.execute(sql: "DELETE FROM player_game_summary WHERE game_date > ?", arguments: [from])
            try db.execute(sql: "DELETE FROM model_registry")
        }
        let changed = try warehouse.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ml_feature_store WHERE game_date >= ?", arguments: [from])
        }
        #expect((changed ?? 0) > 200)
        let after = try TrainingFixture.trainAndSave(warehouse)
        #expect(after.entry == before.entry)
        #expect(after.model == before.model)
    }
}
