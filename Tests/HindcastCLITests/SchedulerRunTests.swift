import Foundation
import GRDB
import HindcastTestSupport
import Testing

/// A backfill as a scheduler sees it (standard error is a pipe, not a terminal): one log line per
/// finished date, `--quiet` silencing them, and `--format json` printing the run's result as one
/// JSON object on standard output, for a clean run and a partial failure (exit 3).
@Suite struct SchedulerRunTests {
    static let range = ["--start-date", "2022-01-03", "--end-date", "2022-01-04"]
    /// `2026-11-30T10:50:01Z 2022-01-03: 12 steps, 3456 rows, 0 failures, 4.2 s, elapsed 0:05 [1/2]`
    nonisolated(unsafe) static let logLine =
        #/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ (\d{4}-\d\d-\d\d): (\d+) steps?, (\d+) rows, (\d+) failures?, \d+\.\d s, elapsed \d+:\d\d \[(\d+)/(\d+)\]$/#

    func object(_ run: CommandLineRun) throws -> [String: Any] {
        #expect(run.stdout.split(separator: "\n").count == 1, "one JSON line: \(run.stdout)")
        return try #require(try CLIFixtures.json(run) as? [String: Any])
    }

    func rowCount(_ warehouse: CLIWarehouse, _ table: String, _ column: String) throws -> Int {
        try warehouse.warehouse.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(column) BETWEEN '2022-01-03' AND '2022-01-04'")!
        }
    }

    @Test func withoutATerminalEveryFinishedDateLogsOneLineAndJSONIsTheRunResult() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let run = try CLIFixtures.hindcast(["backfill", "--format", "json"] + Self.range, on: warehouse)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let lines = run.stderr.split(separator: "\n").map(String.init).filter { $0.wholeMatch(of: Self.logLine) != nil }
        #expect(lines.count == 2, "\(run.stderr)")
        let matches = lines.compactMap { $0.wholeMatch(of: Self.logLine) }
        #expect(matches.map { String($0.output.1) } == ["2022-01-03", "2022-01-04"])
        #expect(matches.map { "\($0.output.5)/\($0.output.6)" } == ["1/2", "2/2"])
        #expect(matches.allSatisfy { $0.output.4 == "0" && Int($0.output.2)! >= 12 })
        #expect(!run.stderr.contains("\u{1B}["), "no terminal escapes in a log")

        let result = try object(run)
        #expect(result["status"] as? String == "success" && result["exit_code"] as? Int == 0)
        let runID = try #require(result["run_id"] as? String)
        let recorded = try warehouse.warehouse.read { db in
            try String.fetchAll(
                db, sql: "SELECT DISTINCT run_id FROM player_composite_factors WHERE game_date = '2022-01-04'")
        }
        #expect(recorded.allSatisfy { $0.hasPrefix(runID) } && !recorded.isEmpty, "\(recorded) vs \(runID)")
        let rows = try #require(result["rows_written"] as? [String: Int])
        #expect(rows["ml_feature_store"] == (try rowCount(warehouse, "ml_feature_store", "game_date")))
        #expect(rows["player_composite_factors"] == (try rowCount(warehouse, "player_composite_factors", "game_date")))
        let counts = try #require(result["counts"] as? [String: [String: Int]])
        #expect(counts["player_composite_factors"] == ["success": 2])
        #expect((result["failed"] as? [Any])?.isEmpty == true)
        #expect(result["start_date"] as? String == "2022-01-03" && result["profile"] as? String == "default")

        let audit = try CLIFixtures.hindcast(
            ["audit", "--section", "players", "--limit", "3", "--format", "json"] + Self.range, on: warehouse)
        let players = try #require(try CLIFixtures.json(audit) as? [String: Any])
        #expect((players["players"] as? [Any])?.count == 3)
        #expect((players["players_total"] as? Int ?? 0) > 3)

        let quiet = try CLIFixtures.hindcast(["backfill", "--quiet", "--no-resume"] + Self.range, on: warehouse)
        #expect(quiet.exitCode == 0)
        #expect(!quiet.stderr.split(separator: "\n").contains { String($0).wholeMatch(of: Self.logLine) != nil })
        let verbose = try CLIFixtures.hindcast(
            ["backfill", "--verbose", "--no-resume", "--select", "PCF"] + Self.range, on: warehouse)
        #expect(verbose.stderr.contains("2022-01-04 player_composite_factors: success"), "\(verbose.stderr)")
    }

    @Test func aPartialFailureIsStatusPartialExit3WithTheFailedAndBlockedPartitions() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        try WriteFaults.breakWrites(
            warehouse.warehouse, table: "team_defense_zone_analysis", column: "analysis_date", date: "2022-01-04")
        let run = try CLIFixtures.hindcast(["backfill", "--format", "json"] + Self.range, on: warehouse)
        #expect(run.exitCode == 3)
        let result = try object(run)
        #expect(result["status"] as? String == "partial" && result["exit_code"] as? Int == 3)
        #expect((result["message"] as? String)?.contains("1 date failed (2022-01-04)") == true)
        let failed = try #require(result["failed"] as? [[String: Any]])
        #expect(failed.map { "\($0["processor"]!) \($0["date"]!)" } == ["team_defense_zone_analysis 2022-01-04"])
        #expect((failed.first?["reason"] as? String)?.contains("database or disk is full") == true)
        let skipped = try #require(result["skipped"] as? [[String: Any]])
        let blocked = skipped.filter { $0["outcome"] as? String == "blocked" }.map { "\($0["processor"]!)" }
        #expect(blocked.contains("player_composite_factors") && blocked.contains("ml_feature_store"))
        let counts = try #require(result["counts"] as? [String: [String: Int]])
        #expect(counts["team_defense_zone_analysis"] == ["success": 1, "failed": 1])

        let status = try CLIFixtures.hindcast(["status"] + Self.range, on: warehouse)
        #expect(status.exitCode == 3)
        #expect(status.stderr.contains("partitions are failed or blocked"), "\(status.stderr)")
        let statusJSON = try CLIFixtures.hindcast(["status", "--format", "json"] + Self.range, on: warehouse)
        #expect(statusJSON.exitCode == 3)
        let document = try #require(try CLIFixtures.json(statusJSON) as? [String: Any])
        let days = try #require(document["dates"] as? [[String: Any]])
        let cell = (days.first?["partitions"] as? [String: [String: Any]])?["player_game_summary"]
        #expect(cell?["started_at"] is String && cell?["duration_seconds"] is Double, "\(String(describing: cell))")
    }
}
