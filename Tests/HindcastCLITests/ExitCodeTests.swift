import Foundation
import GRDB
import HindcastTestSupport
import Testing

/// The exit codes of DESIGN §7 from the real binary: 64 bad usage, 1 error, 2 preflight refused
/// (and `--skip-preflight` going ahead), 1 when every requested date failed.
@Suite struct ExitCodeTests {
    func runs(_ warehouse: CLIWarehouse) throws -> Int {
        try warehouse.warehouse.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM processor_run_history")! }
    }

    @Test func anEndDateBeforeTheStartDateIsBadUsage() throws {
        let run = try CommandLineRun.hindcast(["backfill", "--start-date", "2022-01-07", "--end-date", "2022-01-01"])
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("--end-date 2022-01-01 is before --start-date 2022-01-07"))
    }

    @Test func aWarehouseThatCannotBeOpenedIsAnError() throws {
        let directory = TemporaryDirectory()
        let run = try CommandLineRun.hindcast(
            [
                "backfill", "--db", directory.file("missing/hindcast.sqlite"), "--start-date", "2022-01-03",
                "--end-date", "2022-01-03",
            ])
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("cannot open the warehouse: directory"))
    }

    @Test func anOutFileThatCannotBeWrittenIsAnErrorForEveryCommandThatWritesOne() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        // A folder inside the warehouse file cannot exist.
        let blocked = warehouse.path + "/out"
        let report = try CLIFixtures.hindcast(
            ["report", "--start-date", "2022-01-01", "--end-date", "2022-01-02", "--out", blocked + "/r.html"],
            on: warehouse)
        let export = try CLIFixtures.hindcast(
            ["export", "--table", "player_game_summary", "--out", blocked + "/pgs.csv", "--format", "csv"],
            on: warehouse)
        for run in [report, export] {
            #expect(run.exitCode == 1, "\(run.stderr)")
            #expect(run.stderr.contains("Error: cannot write \(blocked)/"), "\(run.stderr)")
        }
    }

    @Test func aDateWithoutBoxScoresRefusesWithExit2AndSkipPreflightRunsAnyway() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        try warehouse.warehouse.write { db in
            try db.execute(sql: "DELETE FROM player_boxscores WHERE game_date = '2022-01-04'")
        }
        let before = try runs(warehouse)
        let refused = try CLIFixtures.hindcast(
            ["backfill", "--start-date", "2022-01-03", "--end-date", "2022-01-04"], on: warehouse)
        #expect(refused.exitCode == 2)
        #expect(
            refused.stderr.contains("gap: 2022-01-04: no box scores for any of the 5 scheduled games on 2022-01-04"))
        #expect(refused.stderr.contains("or pass --skip-preflight to run the other dates anyway"))
        #expect(try runs(warehouse) == before)

        let forced = try CLIFixtures.hindcast(
            ["backfill", "--start-date", "2022-01-03", "--end-date", "2022-01-04", "--skip-preflight"], on: warehouse)
        #expect(forced.exitCode == 0, "\(forced.stderr)")
        #expect(!forced.stderr.contains("preflight passed"))
        let skipped = try warehouse.warehouse.read { db in
            try String.fetchOne(
                db,
                sql: """
                    SELECT skip_reason FROM processor_run_history
                    WHERE processor_name = 'player_game_summary' AND data_date = '2022-01-04'
                    """)
        }
        #expect(skipped == "no box scores imported for 2022-01-04")
    }

    @Test func aProfileThatDoesNotSynthesiseRefusesUnsnapshottedDates() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        warehouse.directory.write(
            "observed-only.json", #"{"name": "observed-only", "version": 1, "context": {"synthesize": false}}"#)
        let run = try CLIFixtures.hindcast(
            [
                "backfill", "--start-date", "2022-01-03", "--end-date", "2022-01-03", "--profile", "observed-only",
                "--profiles-dir", warehouse.directory.path,
            ], on: warehouse)
        #expect(run.exitCode == 2)
        #expect(
            run.stderr.contains(
                "no observed player context on 2022-01-03 and profile observed-only does not synthesise"))
        #expect(run.stderr.contains("a profile with synthesize: true (e.g. default) or --skip-preflight would proceed"))
    }

    @Test func whenEveryRequestedDateFailsTheExitCodeIs1() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        try WriteFaults.breakWrites(
            warehouse.warehouse, table: "team_defense_zone_analysis", column: "analysis_date", date: "2022-01-03")
        let run = try CLIFixtures.hindcast(
            ["backfill", "--start-date", "2022-01-03", "--end-date", "2022-01-03"], on: warehouse)
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("every requested date failed (2022-01-03)"))
    }
}
