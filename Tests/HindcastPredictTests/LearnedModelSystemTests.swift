import Foundation
import GRDB
import HindcastCore
import HindcastPredict
import HindcastStore
import HindcastTestSupport
import Testing

/// `gbt_v1` in the prediction processor: each date uses the newest model trained strictly before
/// it, the row says which model and what it weighs, the ensemble includes it, and a date with no
/// earlier model gets no `gbt_v1` prediction and a run summary that says why.
@Suite struct LearnedModelSystemTests {
    static let firstDate = TrainingFixture.firstPredictedDate.description
    static let secondDate = "2021-11-23"

    static func predict(_ warehouse: Warehouse, through end: String = secondDate) throws {
        let report = try PipelineRun.run(
            warehouse, from: firstDate, through: end, processors: ["player_prop_predictions"])
        #expect(report.failed.isEmpty, "\(report.failed.map { $0.message ?? "" })")
    }

    static func rows(
        _ warehouse: Warehouse, _ sql: String, _ arguments: StatementArguments = []
    ) throws -> [FetchedRow] {
        try FetchedRow.fetch(warehouse, sql, arguments)
    }

    @Test func eachDateIsPredictedWithTheNewestModelTrainedBeforeIt() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let first = try TrainingFixture.trainAndSave(warehouse)
        let through22 = DateRange(start: TrainingFixture.trainingRange.start, end: GameDate(Self.firstDate)!)!
        let second = try TrainingFixture.trainAndSave(warehouse, range: through22)
        try Self.predict(warehouse)
        let models = try Self.rows(
            warehouse,
            """
            SELECT game_date, ml_model_id, model_training_start_date, model_training_end_date, COUNT(*)
            FROM player_prop_predictions WHERE system_id = 'gbt_v1' GROUP BY 1, 2, 3, 4 ORDER BY 1
            """)
        #expect(models.count == 2)
        #expect(models.map { $0[0] as String } == [Self.firstDate, Self.secondDate])
        #expect(models.map { $0[1] as String } == [first.entry.modelID, second.entry.modelID])
        #expect(models.allSatisfy { $0[2] as String == "2021-11-02" })
        #expect(models.map { $0[3] as String } == ["2021-11-21", "2021-11-22"])
        let others = try Self.rows(
            warehouse,
            "SELECT COUNT(*) FROM player_prop_predictions WHERE system_id = 'moving_average' GROUP BY game_date")
        #expect(models.map { $0[4] as Int } == others.map { $0[0] as Int })

        let importance = try #require(
            try Self.rows(
                warehouse, "SELECT feature_importance FROM player_prop_predictions WHERE system_id = 'gbt_v1' LIMIT 1"
            ).first?[0] as String?)
        let weights = try #require(try JSONSerialization.jsonObject(with: Data(importance.utf8)) as? [String: Double])
        #expect((1...LearnedModelSystem.importanceTop).contains(weights.count))
        #expect(weights.keys.allSatisfy { PointsModelTrainer.column(of: $0) != nil })
        let contributing = try Self.rows(
            warehouse,
            "SELECT DISTINCT contributing_systems FROM player_prop_predictions WHERE system_id = 'ensemble_v1'")
        #expect(contributing.map { $0[0] as Int } == [4])
    }

    @Test func theSystemPredictsFromTheSameFeatureRowTheModelWasTrainedOn() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let run = try TrainingFixture.trainAndSave(warehouse)
        try Self.predict(warehouse, through: Self.firstDate)
        let day = DateRange(start: TrainingFixture.firstPredictedDate, end: TrainingFixture.firstPredictedDate)!
        let examples = try warehouse.read { db in try TrainingData.load(db, range: day).examples }
        let stored = Dictionary(
            uniqueKeysWithValues: try Self.rows(
                warehouse,
                "SELECT player_lookup, predicted_points FROM player_prop_predictions WHERE system_id = 'gbt_v1'"
            ).map { ($0[0] as String, $0[1] as Double) })
        #expect(examples.count > 100)
        for example in examples {
            let expected = Rounding.tenth(min(60, max(0, run.model.predict(row: example.features))))
            #expect(stored[example.playerLookup] == expected, "\(example.playerLookup)")
        }
    }

    /// Each learned row stores its baseline and contributions by source tag, which add up to its
    /// departure; `hindcast audit --section learned` reports exactly their means and counts.
    @Test func auditsLearnedSectionSummarisesTheStoredContributionsBySourceTag() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        try TrainingFixture.trainAndSave(warehouse)
        try Self.predict(warehouse, through: Self.firstDate)
        let stored = try Self.rows(
            warehouse,
            "SELECT predicted_points, key_factors FROM player_prop_predictions WHERE system_id = 'gbt_v1'")
        #expect(stored.count > 100)
        var departures: [Double] = []
        var shares: [Double] = []
        for row in stored {
            let predicted: Double = row[0]
            let text: String = row[1]
            let factors = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
            func number(_ key: String) throws -> Double {
                let value = try #require(factors[key], "\(key)")
                return try #require((value as? NSNumber)?.doubleValue ?? Double("\(value)"), "\(key)")
            }
            let baseline = try number("model_baseline")
            let byTag = try SourceContributions.tags.map { try number("contribution_\($0)") }
            // Stored values are rounded; the prediction also to a tenth and clamped to 0-60.
            if predicted > 0 && predicted < 60 {
                #expect(abs(baseline + byTag.reduce(0, +) - predicted) < 0.1, "\(text)")
            }
            let share = try number("synthetic_estimated_share")
            let total = byTag.reduce(0) { $0 + abs($1) }
            if total > 0.1 {
                #expect(abs(share - (abs(byTag[2]) + abs(byTag[3])) / total) < 0.02, "\(text)")
            }
            departures.append(abs(predicted - baseline))
            shares.append(share)
        }
        let run = try CommandLineRun.hindcast(
            [
                "audit", "--db", warehouse.path, "--start-date", Self.firstDate, "--end-date", Self.firstDate,
                "--section", "learned", "--format", "json",
            ], in: fixture.directory.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let learned = try #require(report["learned"] as? [[String: Any]])
        #expect(learned.map { $0["system_id"] as? String } == ["gbt_edge_v1", "gbt_v1"])
        let cell = try #require(learned.first { $0["system_id"] as? String == "gbt_v1" })
        #expect(cell["predictions"] as? Int == stored.count)
        let meanDeparture = departures.reduce(0, +) / Double(departures.count)
        #expect(abs((cell["mean_departure"] as? Double ?? -1) - meanDeparture) < 0.001)
        let meanShare = shares.reduce(0, +) / Double(shares.count)
        #expect(abs((cell["mean_synthetic_estimated_share"] as? Double ?? -1) - meanShare) < 0.001)
        #expect(cell["mostly_synthetic_predictions"] as? Int == shares.filter { $0 >= 0.5 }.count)
        #expect(meanDeparture > 0, "the trees moved the predictions off their baseline")
    }

    @Test func withoutAModelTrainedBeforeTheDateItPredictsNothingAndTheRunSummarySaysWhy() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let through22 = DateRange(start: TrainingFixture.trainingRange.start, end: GameDate(Self.firstDate)!)!
        try TrainingFixture.trainAndSave(warehouse, range: through22)
        try Self.predict(warehouse, through: Self.firstDate)
        let bySystem = try Self.rows(
            warehouse, "SELECT system_id, COUNT(*) FROM player_prop_predictions GROUP BY 1 ORDER BY 1")
        #expect(
            bySystem.map { $0[0] as String } == [
                "ensemble_v1", "moving_average", "similarity_balanced_v1", "zone_matchup",
            ])
        let summary = try #require(
            try Self.rows(
                warehouse,
                """
                SELECT summary FROM processor_run_history
                WHERE processor_name = 'player_prop_predictions' AND data_date = ? AND status = 'success'
                """, [Self.firstDate]
            ).first?[0] as String?)
        let notes = try #require(try JSONSerialization.jsonObject(with: Data(summary.utf8)) as? [String: String])
        #expect(notes["unavailable_gbt_v1"] == "no gbt_v1 model in model_registry trained before \(Self.firstDate)")
        let contributing = try Self.rows(
            warehouse,
            "SELECT DISTINCT contributing_systems FROM player_prop_predictions WHERE system_id = 'ensemble_v1'")
        #expect(contributing.map { $0[0] as Int } == [3])
    }
}
