import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// `hindcast backfill` over 2021-10-31..2021-11-08, whose 31 Oct, 2 Nov and 8 Nov have real
/// pre-game lines: bets are graded against those lines only, a DNP is voided, a push is neither
/// right nor wrong, and `hindcast accuracy` splits MAE and hit rate by context origin.
///
/// 31 Oct is day 12 of the season: the profile computes early-season features (`compute`)
/// instead of the reference's placeholders, so the date can be predicted at all.
@Suite struct ObservedLineGradingTests {
    static let lineDates = ["2021-10-31", "2021-11-02", "2021-11-08"]

    /// Chris Paul scored 16 on 2021-11-08 against real lines of 16.5; moving his lines to 16
    /// makes the one push the bundled season (all half-point lines) cannot have.
    static let fixture: Result<SeededWarehouse, any Error> = Result {
        let seeded = try TestWarehouse.season2021()
        try seeded.warehouse.write { db in
            try db.execute(
                sql: "UPDATE prop_lines SET line = 16 WHERE game_date = '2021-11-08' AND player_lookup = 'chrispaul'")
            guard db.changesCount > 0 else { throw EndToEnd.Failure("no line of Chris Paul on 2021-11-08") }
        }
        let profile = """
            {"name": "early-compute", "version": 1, "features": {"early_season_mode": "compute"}}
            """
        seeded.directory.write("early-compute.json", profile)
        try EndToEnd.backfill(
            seeded, from: "2021-10-31", through: "2021-11-08",
            extra: ["--profile", "early-compute", "--profiles-dir", seeded.directory.path])
        return seeded
    }

    @Test func betsAreGradedOnlyAgainstObservedLinesOnTheThreeDatesThatHaveThem() throws {
        let warehouse = try Self.fixture.get().warehouse
        let bets = try EndToEnd.pairs(
            warehouse,
            """
            SELECT game_date, COUNT(*) FROM prediction_accuracy WHERE prediction_correct IS NOT NULL GROUP BY 1
            """)
        #expect(bets.keys.sorted() == Self.lineDates)
        let offLine = try EndToEnd.count(
            warehouse,
            """
            SELECT COUNT(*) FROM prediction_accuracy WHERE prediction_correct IS NOT NULL
                AND (line_source != 'observed' OR recommendation NOT IN ('OVER', 'UNDER') OR line_value IS NULL)
            """)
        #expect(offLine == 0)
        let predictedDates = try EndToEnd.pairs(
            warehouse, "SELECT game_date, COUNT(*) FROM player_prop_predictions GROUP BY 1")
        #expect(predictedDates.count == 9)
    }

    @Test func aDNPWithAnObservedLineIsVoided() throws {
        // Khris Middleton had lines of 21.5 on 2021-10-31 and did not play.
        let warehouse = try Self.fixture.get().warehouse
        let rows = try EndToEnd.rows(
            warehouse,
            """
            SELECT is_voided, void_reason, line_value, absolute_error, prediction_correct FROM prediction_accuracy
            WHERE game_date = '2021-10-31' AND player_lookup = 'khrismiddleton'
            """)
        #expect(rows.count == 4)
        for row in rows {
            #expect(row[0] == "1" && row[1].hasPrefix("dnp_") && row[2] == "21.5")
            #expect(row[3] == "NULL" && row[4] == "NULL")
        }
    }

    @Test func aPushCountsNeitherWayButKeepsItsErrors() throws {
        let warehouse = try Self.fixture.get().warehouse
        let rows = try EndToEnd.rows(
            warehouse,
            """
            SELECT is_push, prediction_correct, actual_points, line_value, absolute_error, actual_margin
            FROM prediction_accuracy WHERE game_date = '2021-11-08' AND player_lookup = 'chrispaul'
            """)
        #expect(rows.count == 4)
        for row in rows {
            #expect(row[0] == "1" && row[1] == "NULL")
            #expect(row[2] == "16" && row[3] == "16.0" && row[5] == "0.0")
            #expect(row[4] != "NULL")
        }
    }

    @Test func aNoLinePredictionIsGradedForErrorOnly() throws {
        let warehouse = try Self.fixture.get().warehouse
        let counts = try EndToEnd.rows(
            warehouse,
            """
            SELECT COUNT(*), COUNT(absolute_error), COUNT(prediction_correct), SUM(is_push)
            FROM prediction_accuracy WHERE recommendation = 'NO_LINE'
            """)[0].map { Int($0) ?? -1 }
        #expect(counts[0] > 1000 && counts[1] > 1000)
        #expect(counts[2] == 0 && counts[3] == 0)
    }

    @Test func accuracySplitsMAEAndHitRateByContextOrigin() throws {
        let seeded = try Self.fixture.get()
        let report = try EndToEnd.json(
            [
                "accuracy", "--db", seeded.path, "--start-date", "2021-10-31", "--end-date", "2021-11-08", "--format",
                "json",
            ],
            in: seeded.directory.path)
        let byOrigin = try #require(report["by_context_origin"] as? [[String: Any]])
        func cell(_ origin: String, _ system: String) -> [String: Any]? {
            byOrigin.first { $0["group"] as? String == origin && $0["system_id"] as? String == system }
        }
        let observed = try #require(cell("observed", "ensemble_v1"))
        let synthetic = try #require(cell("synthetic", "ensemble_v1"))
        #expect(observed["mae"] is Double && synthetic["mae"] is Double)
        #expect((observed["bets"] as? Int ?? 0) > 0 && observed["hit_rate_pct"] is Double)
        #expect(synthetic["bets"] as? Int == 0 && synthetic["hit_rate_pct"] is NSNull)
        #expect(cell("observed", "baseline_line")?["mae"] is Double)
        #expect(cell("synthetic", "baseline_line") == nil)
        #expect(cell("synthetic", "baseline_season_average")?["mae"] is Double)
        let bySystem = try #require(report["by_system"] as? [[String: Any]])
        #expect(bySystem.count == 6)
    }
}
