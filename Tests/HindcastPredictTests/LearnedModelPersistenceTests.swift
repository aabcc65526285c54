import Foundation
import HindcastCore
import HindcastPredict
import Testing

/// A stored model is the trained model: loading it from the registry or from its exported file
/// predicts exactly the same numbers, and training twice on the same data gives the same model.
@Suite struct LearnedModelPersistenceTests {
    @Test func aModelLoadedFromTheRegistryPredictsExactlyAsTrained() throws {
        let fixture = try TrainingFixture.warehouse()
        let run = try TrainingFixture.trainAndSave(fixture.warehouse)
        let entry = try fixture.warehouse.read { db in try ModelRegistry.load(id: run.entry.modelID, db: db) }
        #expect(entry == run.entry)
        let loaded = try entry.decodedModel()
        #expect(loaded == run.model)
        let rows = run.split.all.map(\.features)
        #expect(loaded.predict(rows: rows) == run.model.predict(rows: rows))
        #expect(run.model.trees.count > 5)
        #expect(Set(run.model.predict(rows: Array(rows.prefix(200)))).count > 50)
    }

    @Test func anExportedModelFileLoadsBackToTheSameRegistryRowAndPredictions() throws {
        let fixture = try TrainingFixture.warehouse()
        let run = try TrainingFixture.trainAndSave(fixture.warehouse)
        let path = fixture.directory.file("model.json")
        try run.entry.exportJSON().write(toFile: path, atomically: true, encoding: .utf8)
        let imported = try RegisteredModel.importJSON(try Data(contentsOf: URL(fileURLWithPath: path)))
        #expect(imported == run.entry)
        let rows = run.split.validation.map(\.features)
        #expect(try imported.decodedModel().predict(rows: rows) == run.model.predict(rows: rows))
    }

    @Test func trainingTwiceOnTheSameDataGivesTheSameModelAndId() throws {
        let fixture = try TrainingFixture.warehouse()
        let first = try TrainingFixture.trainAndSave(fixture.warehouse)
        let second = try TrainingFixture.trainAndSave(fixture.warehouse, createdAt: "2026-02-02T00:00:00.000Z")
        #expect(first.entry.modelJSON == second.entry.modelJSON)
        #expect(first.entry.modelID == second.entry.modelID)
        let count = try fixture.warehouse.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM model_registry")
        }
        #expect(count == 1, "the same model stored twice is one registry row")
    }

    @Test func aRegistryRowWhoseFeaturesAreNotInTheCatalogIsRefused() throws {
        let fixture = try TrainingFixture.warehouse()
        var entry = try TrainingFixture.trainAndSave(fixture.warehouse).entry
        entry.modelJSON = entry.modelJSON.replacingOccurrences(
            of: "\"points_avg_season\"", with: "\"points_avg_decade\"")
        entry.featureNames = entry.featureNames.map { $0 == "points_avg_season" ? "points_avg_decade" : $0 }
        #expect(
            throws: TrainingError.unreadableModel(
                id: entry.modelID,
                reason: "feature points_avg_decade is neither in the feature catalog nor a market value")
        ) {
            try entry.decodedModel()
        }
    }
}
