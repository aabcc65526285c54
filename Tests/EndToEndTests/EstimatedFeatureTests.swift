import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// `hindcast backfill` over three days of the bundled season with estimates switched into features
/// (`features.estimates_as_features`): an estimated line fills the line features tagged
/// `estimated`, counts toward `synthetic_share`, is never `vegas_observed`, and is never graded as a
/// bet (`line_source` stays `estimated`).
@Suite struct EstimatedFeatureTests {
    static let fixture: Result<SeededWarehouse, any Error> = Result {
        let seeded = try TestWarehouse.season2021()
        let profile = """
            {"name": "estimates-as-features", "version": 1, "context": {"estimate_lines": true},
             "features": {"early_season_mode": "compute", "estimates_as_features": true}}
            """
        seeded.directory.write("estimates-as-features.json", profile)
        try EndToEnd.backfill(
            seeded, from: "2021-11-01", through: "2021-11-03",
            extra: ["--profile", "estimates-as-features", "--profiles-dir", seeded.directory.path])
        return seeded
    }

    @Test func anEstimatedLineFillsTheLineFeatureTaggedEstimated() throws {
        let warehouse = try Self.fixture.get().warehouse
        // Every synthetic row with an estimated line has it as feature 25, tagged `estimated`.
        let estimated = try EndToEnd.count(
            warehouse,
            """
            SELECT COUNT(*) FROM ml_feature_store f JOIN upcoming_player_game_context c
                ON c.game_date = f.game_date AND c.player_lookup = f.player_lookup
            WHERE c.context_origin = 'synthetic' AND c.estimated_points_line IS NOT NULL
                AND f.feature_25_source = 'estimated' AND f.feature_25_value = c.estimated_points_line
                AND f.synthetic_share > 0
            """)
        #expect((estimated ?? 0) > 200)
        let wrong = try EndToEnd.count(
            warehouse,
            """
            SELECT COUNT(*) FROM ml_feature_store f JOIN upcoming_player_game_context c
                ON c.game_date = f.game_date AND c.player_lookup = f.player_lookup
            WHERE (c.current_points_line IS NULL AND (f.feature_25_source = 'vegas_observed'
                    OR f.feature_28_source = 'vegas_observed'))
                OR (c.context_origin = 'synthetic' AND c.estimated_points_line IS NOT NULL
                    AND f.feature_25_source <> 'estimated')
            """)
        #expect(wrong == 0)
    }

    @Test func noEstimatedLineIsGradedAsABet() throws {
        let warehouse = try Self.fixture.get().warehouse
        let estimatedPredictions = try EndToEnd.count(
            warehouse,
            """
            SELECT COUNT(*) FROM player_prop_predictions WHERE line_source = 'estimated'
                AND estimated_line_value IS NOT NULL AND recommendation = 'NO_LINE'
            """)
        #expect((estimatedPredictions ?? 0) > 200)
        let bets = try EndToEnd.count(
            warehouse,
            """
            SELECT COUNT(*) FROM player_prop_predictions WHERE line_source = 'estimated'
                AND (recommendation <> 'NO_LINE' OR has_prop_line <> 0)
            """)
        #expect(bets == 0)
        let graded = try EndToEnd.count(
            warehouse,
            """
            SELECT COUNT(*) FROM prediction_accuracy WHERE prediction_correct IS NOT NULL
                AND (line_source <> 'observed' OR line_value IS NULL)
            """)
        #expect(graded == 0)
        // Every graded bet and every prediction called observed rests on a real line of that player.
        let unreal = try EndToEnd.count(
            warehouse,
            """
            SELECT (SELECT COUNT(*) FROM prediction_accuracy a WHERE prediction_correct IS NOT NULL
                    AND NOT EXISTS (SELECT 1 FROM prop_lines p WHERE p.game_date = a.game_date
                        AND p.player_lookup = a.player_lookup AND p.line = a.line_value))
                + (SELECT COUNT(*) FROM player_prop_predictions r WHERE r.line_source = 'observed'
                    AND NOT EXISTS (SELECT 1 FROM prop_lines p WHERE p.game_date = r.game_date
                        AND p.player_lookup = r.player_lookup AND p.line = r.current_points_line))
            """)
        #expect(unreal == 0)
        // The observed lines of 2 Nov are still graded as bets.
        #expect(
            try EndToEnd.count(
                warehouse, "SELECT COUNT(*) FROM prediction_accuracy WHERE prediction_correct IS NOT NULL") ?? 0 > 20)
    }

    @Test func theAuditShowsTheEstimatedFields() throws {
        let seeded = try Self.fixture.get()
        let audit = try EndToEnd.json(
            [
                "audit", "--db", seeded.path, "--start-date", "2021-11-01", "--end-date", "2021-11-03", "--format",
                "json",
            ],
            in: seeded.directory.path)
        let fields = try #require(audit["fields"] as? [[String: Any]])
        var playerDates: [String: Int] = [:]
        for field in fields {
            if let name = field["synthetic_field"] as? String { playerDates[name] = field["player_dates"] as? Int }
        }
        // Each estimated field counts the predicted player-dates whose synthetic context row carries it.
        for field in ["estimated_points_line", "estimated_game_spread", "estimated_game_total"] {
            let expected = try #require(
                try EndToEnd.count(
                    seeded.warehouse,
                    """
                    SELECT COUNT(DISTINCT c.game_date || c.player_lookup) FROM upcoming_player_game_context c
                    WHERE c.context_origin = 'synthetic' AND c.\(field) IS NOT NULL
                        AND c.game_date BETWEEN '2021-11-01' AND '2021-11-03'
                        AND EXISTS (SELECT 1 FROM player_prop_predictions p
                            WHERE p.game_date = c.game_date AND p.player_lookup = c.player_lookup)
                    """))
            #expect(expected > 200)
            #expect(playerDates[field] == expected, "\(field)")
        }
    }
}
