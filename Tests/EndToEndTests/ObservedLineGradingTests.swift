import Foundation
import GRDB
import HindcastCore
import HindcastPredict
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

    /// Every graded prediction with an observed line counts as a bet on its edge's side in the
    /// confidence-decile and |edge|-bucket splits (not only OVER/UNDER calls), pushes and voided
    /// rows are no bet; the report's cells equal the same count straight from `prediction_accuracy`.
    @Test func accuracySplitsHitRateByConfidenceDecileAndEdgeBucket() throws {
        let seeded = try Self.fixture.get()
        let report = try EndToEnd.json(
            [
                "accuracy", "--db", seeded.path, "--start-date", "2021-10-31", "--end-date", "2021-11-08", "--format",
                "json",
            ],
            in: seeded.directory.path)
        let bets = """
            FROM prediction_accuracy WHERE is_voided = 0 AND line_value IS NOT NULL AND actual_points IS NOT NULL
                AND actual_points <> line_value AND predicted_points <> line_value
            """
        let won = "SUM((predicted_points > line_value) = (actual_points > line_value))"
        let bucket = """
            CASE WHEN ABS(predicted_points - line_value) < 1 THEN '0-1' WHEN ABS(predicted_points - line_value) < 2
                THEN '1-2' WHEN ABS(predicted_points - line_value) < 3 THEN '2-3'
                WHEN ABS(predicted_points - line_value) < 5 THEN '3-5' ELSE '5+' END
            """
        let decile = "printf('d%02d', confidence_decile)"
        for (dimension, key) in [("edge_bucket", bucket), ("confidence_decile", decile)] {
            let expectedBets = try EndToEnd.pairs(
                seeded.warehouse, "SELECT \(key) || '|' || system_id, COUNT(*) \(bets) GROUP BY 1")
            let expectedWon = try EndToEnd.pairs(
                seeded.warehouse, "SELECT \(key) || '|' || system_id, \(won) \(bets) GROUP BY 1")
            let cells = try #require(report["by_\(dimension)"] as? [[String: Any]])
            var reported: [String: Int] = [:]
            var reportedWon: [String: Int] = [:]
            for cell in cells {
                let name = "\(cell["group"] as? String ?? "?")|\(cell["system_id"] as? String ?? "?")"
                reported[name] = cell["bets"] as? Int
                reportedWon[name] = cell["correct"] as? Int
            }
            #expect(expectedBets.count >= 8, "\(dimension): \(expectedBets)")
            for (name, count) in expectedBets {
                #expect(reported[name] == count, "\(dimension) \(name)")
                #expect(reportedWon[name] == expectedWon[name], "\(dimension) \(name)")
            }
            #expect(reported.filter { ($0.value) > 0 }.count == expectedBets.count, "\(dimension)")
        }
        // Side bets are more than the OVER/UNDER calls: a PASS with an edge still counts here.
        let calls = try EndToEnd.count(
            seeded.warehouse, "SELECT COUNT(*) \(bets) AND recommendation IN ('OVER', 'UNDER')")
        let sideBets = try EndToEnd.count(seeded.warehouse, "SELECT COUNT(*) \(bets)")
        #expect((sideBets ?? 0) > (calls ?? 0))
    }

    /// The ensemble's trailing accuracy and the edge-record rule's bets come from one read of the
    /// grades dated strictly before the date: each equals the same count straight from the table.
    @Test func theTrailingAccuracyAndTheEdgeRecordAreOneReadOfTheGradesBeforeTheDate() throws {
        let warehouse = try Self.fixture.get().warehouse
        for day in ["2021-11-02", "2021-11-09"] {
            let date = try #require(GameDate(day))
            let trailing = try warehouse.read { db in
                try TrailingAccuracy.load(db, before: date, days: 30, edgeThreshold: 2)
            }
            let window = "game_date >= '\(date.adding(days: -30))' AND game_date < '\(day)' AND is_voided = 0"
            let graded = try EndToEnd.pairs(
                warehouse,
                "SELECT system_id, COUNT(*) FROM prediction_accuracy WHERE \(window) AND absolute_error IS NOT NULL "
                    + "GROUP BY 1")
            #expect(graded.count == 4, "\(day): \(graded)")
            #expect(trailing.bySystem.mapValues(\.graded) == graded, "\(day)")
            let errors = try warehouse.read { db in
                try Row.fetchAll(
                    db,
                    sql: "SELECT system_id, AVG(absolute_error) FROM prediction_accuracy WHERE \(window) GROUP BY 1"
                ).map { ($0[0] as String, $0[1] as Double) }
            }
            for (system, mae) in errors {
                #expect(abs((trailing.bySystem[system]?.meanAbsoluteError ?? -1) - mae) < 1e-9, "\(day) \(system)")
            }
            let bets = """
                FROM prediction_accuracy WHERE \(window) AND line_value IS NOT NULL AND actual_points IS NOT NULL
                    AND actual_points <> line_value AND ABS(predicted_points - line_value) >= 2 GROUP BY 1
                """
            let count = try EndToEnd.pairs(warehouse, "SELECT system_id, COUNT(*) \(bets)")
            let won = try EndToEnd.pairs(
                warehouse,
                "SELECT system_id, SUM((predicted_points > line_value) = (actual_points > line_value)) \(bets)")
            #expect(trailing.edgeRecord.bySystem.mapValues(\.bets) == count, "\(day)")
            #expect(trailing.edgeRecord.bySystem.mapValues(\.won) == won, "\(day)")
            #expect(day == "2021-11-02" || !count.isEmpty, "the lined dates before 2021-11-09 hold bets")
        }
    }

    /// A backfill reads each day's grades once (the run's history cache keeps each day's totals):
    /// a grade rewritten by a step is read again once the runner forgets that day, and until then
    /// the kept totals stand.
    @Test func theTrailingTotalsOfADayAreReadOnceAndReadAgainWhenTheRunRewritesThatDay() throws {
        let seeded = try TestWarehouse.season2021()
        try EndToEnd.backfill(seeded, from: "2021-11-01", through: "2021-11-08")
        let warehouse = seeded.warehouse
        let date = try #require(GameDate("2021-11-09"))
        let graded = try #require(GameDate("2021-11-05"))
        let history = HistoryCache()
        let load = {
            try warehouse.read { db in
                try TrailingAccuracy.load(db, before: date, days: 28, edgeThreshold: 2, history: history)
            }
        }
        let before = try load()
        #expect(
            before
                == (try warehouse.read { db in try TrailingAccuracy.load(db, before: date, days: 28, edgeThreshold: 2) })
        )
        let system = try #require(before.bySystem.keys.sorted().first)
        try warehouse.write { db in
            try db.execute(
                sql: """
                    UPDATE prediction_accuracy SET absolute_error = absolute_error + 10
                    WHERE game_date = ? AND system_id = ? AND is_voided = 0
                    """, arguments: [graded.description, system])
        }
        #expect(try load() == before, "kept until the runner forgets the day")
        history.invalidate("prediction_accuracy", date: graded)
        let after = try load()
        let fresh = try warehouse.read { db in try TrailingAccuracy.load(db, before: date, days: 28, edgeThreshold: 2) }
        #expect(after == fresh)
        #expect(
            (after.bySystem[system]?.meanAbsoluteError ?? 0) > (before.bySystem[system]?.meanAbsoluteError ?? 0) + 0.5)
    }
}
