import Foundation
import GRDB
import HindcastTestSupport
import Testing

/// `backfill --dry-run` and `preflight` print the plan date by date and processor by processor
/// (the dates, not a count) and write nothing, not even a missing warehouse file.
@Suite struct DryRunTests {
    @Test func aDryRunListsEveryDateAndProcessorAndWritesNothing() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let before = try WarehouseDump.all(warehouse.warehouse)
        let range = ["--start-date", "2022-01-03", "--end-date", "2022-01-04"]
        let table = try CLIFixtures.hindcast(["backfill", "--dry-run"] + range, on: warehouse)
        #expect(table.exitCode == 0, "\(table.stderr)")
        let lines = table.stdout.split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("preflight 2022-01-03..2022-01-04, profile default"))
        // The headline wraps within 100 columns.
        #expect(table.stdout.replacingOccurrences(of: "\n  ", with: " ").contains("passes; 24 steps to run"))
        #expect(lines.allSatisfy { $0.count <= 100 }, "fits 100 columns: \(table.stdout)")
        let header = try #require(lines.first { $0.hasPrefix("date") })
        #expect(header.contains("TOGS") && header.contains("MLFS") && header.hasSuffix("PA"))
        for date in ["2022-01-03", "2022-01-04"] {
            let row = try #require(lines.first { $0.hasPrefix(date) })
            #expect(row.contains(" 0+"))
            #expect(row.components(separatedBy: " new").count - 1 == 12)
        }
        let wide = try CLIFixtures.hindcast(["backfill", "--dry-run", "--wide"] + range, on: warehouse)
        let wideRow = try #require(wide.stdout.split(separator: "\n").first { $0.hasPrefix("2022-01-03") })
        #expect(wideRow.contains("0 obs + ") && wideRow.contains(" syn"))
        #expect(table.stderr.contains("dry run: nothing was written"))

        let json = try CLIFixtures.hindcast(["backfill", "--dry-run", "--format", "json"] + range, on: warehouse)
        let plan = try #require(try CLIFixtures.json(json) as? [String: Any])
        let steps = try #require(plan["steps"] as? [[String: Any]])
        #expect(steps.count == 24 && Set(steps.compactMap { $0["date"] as? String }) == ["2022-01-03", "2022-01-04"])
        #expect(plan["passes"] as? Bool == true)
        let days = try #require(plan["days"] as? [[String: Any]])
        let context = try #require(days.first?["player_context"] as? [String: Any])
        #expect(context["observed"] as? Int == 0 && (context["synthetic"] as? Int ?? 0) > 100)
        #expect(try WarehouseDump.all(warehouse.warehouse) == before)
    }

    @Test func theUpstreamHistoryIsListedAsGameDayRanges() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        try warehouse.warehouse.write { db in
            try db.execute(
                sql: """
                    DELETE FROM processor_run_history WHERE processor_name = 'player_game_summary'
                        AND data_date > '2021-12-22' AND data_date <> '2021-12-28'
                    """)
        }
        let run = try CLIFixtures.hindcast(
            ["preflight", "--start-date", "2022-01-03", "--end-date", "2022-01-03"], on: warehouse)
        #expect(run.exitCode == 0)
        // 24 Dec has no games, so 23..27 Dec is one run of game days; 28 Dec is complete.
        #expect(
            run.stdout.contains(
                "  new player_game_summary: 9 game days: 2021-12-23..2021-12-27, 2021-12-29..2022-01-02"))
    }

    @Test func aDryRunOnAMissingWarehousePlansTheBundledSeasonWithoutCreatingIt() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("absent.sqlite")
        let run = try CommandLineRun.hindcast(
            ["backfill", "--db", path, "--start-date", "2022-01-01", "--end-date", "2022-01-01", "--dry-run"])
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stderr.contains("has no games: a backfill would first load the bundled 2021-22 season"))
        #expect(run.stdout.contains("2022-01-01"))
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
