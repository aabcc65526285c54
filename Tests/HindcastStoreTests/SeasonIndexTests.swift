import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// The context loaders read the season so far (`season_year = ? AND game_date < ?`) from the
/// schedule and the team summaries on every date: SQLite must answer from the season's own index
/// entries, not walk every earlier season by date (the ten-season replay's growth).
@Suite struct SeasonIndexTests {
    @Test(arguments: ["schedule", "team_offense_game_summary", "team_defense_game_summary"])
    func theSeasonSoFarIsReadThroughTheSeasonIndex(table: String) throws {
        let seeded = try TestWarehouse.empty()
        let plan = try seeded.warehouse.read { db in
            try Row.fetchAll(
                db,
                sql:
                    "EXPLAIN QUERY PLAN SELECT * FROM \(table) WHERE season_year = ? AND game_date < ? ORDER BY game_date",
                arguments: [2024, "2025-01-01"]
            ).map { $0["detail"] as String }
        }
        #expect(
            plan.contains { $0.contains("USING INDEX \(table)_by_season (season_year=? AND game_date<?)") },
            "\(table): \(plan)")
    }
}
