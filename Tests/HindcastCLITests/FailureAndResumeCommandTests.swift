import Foundation
import GRDB
import HindcastTestSupport
import Testing

/// A backfill where one date's zone analysis cannot be written: exit 3 with the failure named,
/// `status` showing the failed and blocked partitions, a dry run listing exactly the partitions
/// to redo, and the resumed backfill redoing only those and exiting 0.
@Suite struct FailureAndResumeCommandTests {
    func cells(_ status: Any, _ date: String) -> [String: String] {
        let days = (status as? [String: Any])?["dates"] as? [[String: Any]] ?? []
        let day = days.first { $0["date"] as? String == date }?["partitions"] as? [String: [String: Any]] ?? [:]
        return day.compactMapValues { $0["status"] as? String }
    }

    @Test func aPartialFailureExits3IsShownByStatusAndResumesWithExit0() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        try WriteFaults.breakWrites(
            warehouse.warehouse, table: "team_defense_zone_analysis", column: "analysis_date", date: "2022-01-04")
        let range = ["--start-date", "2022-01-03", "--end-date", "2022-01-04"]
        let partial = try CLIFixtures.hindcast(["backfill"] + range, on: warehouse)
        #expect(partial.exitCode == 3)
        #expect(partial.stdout.contains("done: 19 succeeded, 1 failed, 4 skipped"))
        #expect(
            partial.stderr.contains(
                "failed: team_defense_zone_analysis 2022-01-04: SQLite error 19: database or disk is full"))
        #expect(
            partial.stderr.contains(
                "skipped: ml_feature_store 2022-01-04: upstream player_composite_factors was not computed on 2022-01-04 because team_defense_zone_analysis failed"
            ))
        #expect(partial.stderr.contains("1 date failed (2022-01-04); other dates are committed and a re-run resumes"))

        let status = try CLIFixtures.json(
            try CLIFixtures.hindcast(["status", "--format", "json"] + range, on: warehouse))
        #expect(cells(status, "2022-01-03")["ml_feature_store"] == "synthetic")
        #expect(cells(status, "2022-01-03")["team_defense_zone_analysis"] == "done")
        #expect(cells(status, "2022-01-04")["team_defense_zone_analysis"] == "failed")
        #expect(cells(status, "2022-01-04")["player_composite_factors"] == "blocked")
        #expect(cells(status, "2022-01-04")["upcoming_player_game_context"] == "synthetic")
        let table = try CLIFixtures.hindcast(["status"] + range, on: warehouse)
        #expect(table.stdout.contains("2022-01-04 team_defense_zone_analysis: failed: SQLite error 19"))

        try WriteFaults.repairWrites(warehouse.warehouse, table: "team_defense_zone_analysis")
        let dry = try CLIFixtures.hindcast(["backfill", "--dry-run", "--format", "json"] + range, on: warehouse)
        #expect(dry.exitCode == 0)
        let steps = ((try CLIFixtures.json(dry)) as? [String: Any])?["steps"] as? [[String: Any]] ?? []
        #expect(
            steps.map { "\($0["processor"]!) \($0["date"]!) \($0["action"]!)" } == [
                "team_defense_zone_analysis 2022-01-04 retry", "player_composite_factors 2022-01-04 retry",
                "ml_feature_store 2022-01-04 retry", "player_prop_predictions 2022-01-04 retry",
                "prediction_accuracy 2022-01-04 retry",
            ])

        let resumed = try CLIFixtures.hindcast(["backfill"] + range, on: warehouse)
        #expect(resumed.exitCode == 0, "\(resumed.stderr)")
        #expect(
            resumed.stderr.contains(
                "5 steps (5 requested, 0 upstream history; 5 retry); 19 requested partitions already complete and kept")
        )
        #expect(resumed.stdout.contains("done: 5 succeeded, 0 failed, 0 skipped"))
        let after = try CLIFixtures.json(
            try CLIFixtures.hindcast(["status", "--format", "json"] + range, on: warehouse))
        #expect(!cells(after, "2022-01-04").values.contains { ["failed", "blocked", "stale"].contains($0) })
    }
}
