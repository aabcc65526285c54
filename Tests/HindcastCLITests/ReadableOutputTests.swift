import Foundation
import GRDB
import HindcastTestSupport
import Testing

/// Tables fit 100 columns unless `--wide`; JSON is one snake_case document; `coverage` has totals
/// and the expected game days; `fidelity` without observed rows says so and exits 1.
@Suite struct ReadableOutputTests {
    static let range = ["--start-date", "2022-01-01", "--end-date", "2022-01-02"]

    @Test func coverageCountsTheExpectedGameDaysTheMissingOnesAndTotals() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let run = try CLIFixtures.hindcast(["coverage", "--format", "json"] + Self.range, on: warehouse)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout.split(separator: "\n").count == 1)
        let document = try #require(try CLIFixtures.json(run) as? [String: Any])
        let gameDays = try warehouse.warehouse.read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT COUNT(DISTINCT game_date) FROM schedule WHERE game_date BETWEEN '2022-01-01' AND '2022-01-02'"
            )!
        }
        #expect(gameDays == 2 && document["expected_game_days"] as? Int == gameDays)
        let tables = try #require(document["tables"] as? [[String: Any]])
        let byName = Dictionary(uniqueKeysWithValues: tables.map { ($0["table"] as! String, $0) })
        #expect(byName["player_game_summary"]?["missing_game_days"] as? Int == 0)
        #expect(byName["ml_feature_store"]?["missing_game_days"] as? Int == gameDays)
        #expect(document["total_rows"] as? Int == tables.reduce(0) { $0 + ($1["rows"] as! Int) })

        let table = try CLIFixtures.hindcast(["coverage"] + Self.range, on: warehouse)
        #expect(table.stdout.hasPrefix("2 game days in the schedule over 2022-01-01..2022-01-02"))
        #expect(table.stdout.contains("\ntotal "))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(table.stdout)")
    }

    @Test func fidelityWithoutObservedRowsSaysSoAndExits1() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let run = try CLIFixtures.hindcast(["fidelity"] + Self.range, on: warehouse)
        #expect(run.exitCode == 1)
        #expect(run.stderr.contains("no observed context rows in 2022-01-01..2022-01-02, so nothing to compare"))
        #expect(run.stdout.isEmpty, "no 0% agreement report: \(run.stdout)")
    }

    @Test func theStatusGridFits100ColumnsAndWideSpellsStatusesOut() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let narrow = try CLIFixtures.hindcast(
            ["status", "--start-date", "2022-01-01", "--end-date", "2022-01-02"], on: warehouse)
        #expect(narrow.exitCode == 0, "\(narrow.stderr)")
        #expect(narrow.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 }, "\(narrow.stdout)")
        let wide = try CLIFixtures.hindcast(
            ["status", "--wide", "--start-date", "2022-01-01", "--end-date", "2022-01-02"], on: warehouse)
        #expect(wide.stdout.contains("done"))
    }
}
