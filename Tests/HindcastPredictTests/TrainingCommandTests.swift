import Foundation
import GRDB
import HindcastTestSupport
import Testing

/// `hindcast train` on a real warehouse: what it prints, the registry row and the exported file;
/// and what it does when the range's feature store is missing.
@Suite struct TrainingCommandTests {
    @Test func trainPrintsWhatItDidStoresTheModelAndExportsIt() throws {
        let fixture = try TrainingFixture.warehouse()
        let out = fixture.directory.file("exported/model.json")
        let run = try CommandLineRun.hindcast(
            [
                "train", "--db", fixture.warehouse.path, "--start-date", "2021-11-02", "--end-date", "2021-11-21",
                "--out", out,
            ], in: fixture.directory.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.contains("trained gbt_v1 on 2021-11-02..2021-11-21: 20 dates"))
        for fact in ["validation MAE", "trees kept", "mean synthetic share", "early-season placeholders", " s\n"] {
            #expect(run.stdout.contains(fact), "\(fact)")
        }
        let row = try FetchedRow.fetch(
            fixture.warehouse,
            """
            SELECT model_id, training_start_date, training_end_date, training_row_count, validation_mae,
                synthetic_share_training, feature_version FROM model_registry
            """)
        let stored = try #require(row.first)
        #expect(run.stdout.contains("model \(stored[0] as String) stored in model_registry; exported to \(out)"))
        #expect(stored[1] as String == "2021-11-02" && stored[2] as String == "2021-11-21")
        #expect((stored[3] as Int) > 1_500)
        #expect((3.0...7.0).contains(stored[4] as Double))
        #expect((0.0...1.0).contains(stored[5] as Double))
        let file = try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out))) as? [String: Any]
        #expect((file?["registry"] as? [String: Any])?["model_id"] as? String == stored[0] as String)
        #expect((file?["model"] as? [String: Any])?["trees"] is [Any])
    }

    @Test func trainRefusesWithNoBackfillAndOtherwiseComputesTheMissingFeatureStoreFirst() throws {
        let fixture = try TrainingFixture.warehouse()
        let range = ["--start-date", "2021-11-20", "--end-date", "2021-11-26"]
        let refused = try CommandLineRun.hindcast(
            ["train", "--db", fixture.warehouse.path, "--no-backfill"] + range, in: fixture.directory.path)
        #expect(refused.exitCode == 1)
        #expect(refused.stderr.contains("missing on 1 game day(s) of 2021-11-20..2021-11-26"), "\(refused.stderr)")
        let trained = try CommandLineRun.hindcast(
            ["train", "--db", fixture.warehouse.path] + range, in: fixture.directory.path)
        #expect(trained.exitCode == 0, "\(trained.stderr)")
        #expect(trained.stderr.contains("feature store for training 2021-11-20..2021-11-26:"), "\(trained.stderr)")
        #expect(trained.stdout.contains("trained gbt_v1 on 2021-11-20..2021-11-26: 6 dates"))
        #expect(FileManager.default.fileExists(atPath: fixture.directory.file("models/gbt_v1-2021-11-26.json")))
    }

    @Test func aNewlyTrainedModelMakesThePredictionsItCoversStale() throws {
        let fixture = try TrainingFixture.warehouse()
        try PipelineRun.run(
            fixture.warehouse, from: "2021-11-23", through: "2021-11-24", processors: ["player_prop_predictions"])
        try TrainingFixture.trainAndSave(fixture.warehouse)
        let plan = try CommandLineRun.hindcast(
            [
                "backfill", "--db", fixture.warehouse.path, "--start-date", "2021-11-23", "--end-date", "2021-11-24",
                "--processors", "player_prop_predictions", "--dry-run",
            ], in: fixture.directory.path)
        #expect(plan.exitCode == 0, "\(plan.stderr)")
        for date in ["2021-11-23", "2021-11-24"] {
            #expect(
                plan.stdout.contains(
                    "\(date) player_prop_predictions: stale: input changed since the run: raw model_registry"),
                "\(plan.stdout)")
        }
    }
}
