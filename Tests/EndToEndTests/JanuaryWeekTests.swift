import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// `hindcast backfill` over 2022-01-01..07, a week without any pre-game snapshot: every player
/// with a context row is predicted and graded on all seven dates, and the audit lists them all as
/// synthetic-context predictions with the fields involved.
@Suite struct JanuaryWeekTests {
    static let dates = (1...7).map { "2022-01-0\($0)" }

    /// One backfill shared by the tests of this suite.
    static let fixture: Result<SeededWarehouse, any Error> = Result {
        let seeded = try TestWarehouse.season2021()
        try EndToEnd.backfill(seeded, from: "2022-01-01", through: "2022-01-07")
        return seeded
    }

    @Test func everyContextPlayerIsPredictedBySystemOnEachOfTheSevenDates() throws {
        let warehouse = try Self.fixture.get().warehouse
        let context = try EndToEnd.pairs(
            warehouse,
            "SELECT game_date, COUNT(*) FROM upcoming_player_game_context WHERE game_date BETWEEN ? AND ? GROUP BY 1",
            ["2022-01-01", "2022-01-07"])
        let predicted = try EndToEnd.pairs(
            warehouse,
            """
            SELECT game_date || '/' || system_id, COUNT(*) FROM player_prop_predictions
            WHERE game_date BETWEEN ? AND ? GROUP BY 1
            """, ["2022-01-01", "2022-01-07"])
        #expect(context.keys.sorted() == Self.dates)
        for date in Self.dates {
            for system in ["moving_average", "zone_matchup", "similarity_balanced_v1", "ensemble_v1"] {
                #expect(predicted["\(date)/\(system)"] == context[date], "\(date) \(system)")
            }
        }
        let outsideContext = try EndToEnd.count(
            warehouse,
            """
            SELECT COUNT(*) FROM player_prop_predictions p LEFT JOIN upcoming_player_game_context c
                USING (game_date, player_lookup)
            WHERE c.player_lookup IS NULL
            """)
        #expect(outsideContext == 0)
    }

    @Test func everyPredictedPlayerWhoPlayedIsGradedAndEveryDNPVoided() throws {
        let warehouse = try Self.fixture.get().warehouse
        let mismatches = try EndToEnd.rows(
            warehouse,
            """
            SELECT p.game_date, p.player_lookup, p.system_id, g.minutes_played, g.is_dnp, a.is_voided,
                a.absolute_error
            FROM player_prop_predictions p
            JOIN player_game_summary g USING (game_date, player_lookup)
            LEFT JOIN prediction_accuracy a USING (game_date, player_lookup, system_id)
            WHERE p.game_date BETWEEN '2022-01-01' AND '2022-01-07' AND (
                a.player_lookup IS NULL
                OR (g.is_dnp = 0 AND g.minutes_played > 0) != (a.is_voided = 0 AND a.absolute_error IS NOT NULL)
            )
            """)
        #expect(mismatches.isEmpty, "\(mismatches.prefix(3))")
        let graded = try EndToEnd.pairs(
            warehouse,
            """
            SELECT game_date, COUNT(DISTINCT player_lookup) FROM prediction_accuracy
            WHERE game_date BETWEEN '2022-01-01' AND '2022-01-07' AND is_voided = 0 GROUP BY 1
            """)
        #expect(graded.keys.sorted() == Self.dates)
        #expect(graded.values.allSatisfy { $0 > 50 })
        let bets = try EndToEnd.count(
            warehouse, "SELECT COUNT(*) FROM prediction_accuracy WHERE prediction_correct IS NOT NULL")
        #expect(bets == 0)
    }

    @Test func theAuditListsEveryPredictedPlayerDateAsSyntheticWithItsFields() throws {
        let seeded = try Self.fixture.get()
        let audit = try EndToEnd.json(
            [
                "audit", "--db", seeded.path, "--start-date", "2022-01-01", "--end-date", "2022-01-07", "--format",
                "json",
            ],
            in: seeded.directory.path)
        let predictions = try EndToEnd.count(
            seeded.warehouse,
            "SELECT COUNT(*) FROM player_prop_predictions WHERE game_date BETWEEN '2022-01-01' AND '2022-01-07'")
        let playerDates = try EndToEnd.count(
            seeded.warehouse,
            """
            SELECT COUNT(DISTINCT game_date || player_lookup) FROM player_prop_predictions
            WHERE game_date BETWEEN '2022-01-01' AND '2022-01-07'
            """)
        #expect(audit["synthetic_context_predictions"] as? Int == predictions)
        let dates = try #require(audit["dates"] as? [[String: Any]])
        #expect(dates.map { $0["game_date"] as? String } == Self.dates)
        for date in dates {
            #expect(date["synthetic_context_players"] as? Int == date["players"] as? Int)
        }
        let players = try #require(audit["players"] as? [[String: Any]])
        #expect(players.count == playerDates)
        for player in players {
            let fields = (player["synthetic_fields"] as? String ?? "").split(separator: " ")
            #expect(fields.contains("player_set") && fields.contains("current_points_line"))
            #expect(player["quality_tier"] is String && player["feature_quality_score"] is Double)
        }
        let fields = try #require(audit["fields"] as? [[String: Any]])
        let playerSet = fields.first { $0["synthetic_field"] as? String == "player_set" }
        #expect(playerSet?["player_dates"] as? Int == playerDates)
        let systems = try #require(audit["systems"] as? [[String: Any]])
        #expect(systems.count == 4)
    }
}
