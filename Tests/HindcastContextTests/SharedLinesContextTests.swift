import Foundation
import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// The real 2022-23 DraftKings lines and closing game lines (from `../shared/data`, never copied
/// into the repository) on a month of the real season: observed context where a snapshot exists,
/// estimates in their own columns everywhere else, learned only from snapshots before the date.
@Suite(
    .enabled(
        if: SharedData.available, "needs ../shared/data (2022-23 lines and game lines), kept outside the repository"))
struct SharedLinesContextTests {
    static let date = "2022-11-16"

    /// The one game of D whose game lines a test deletes, so its rows become synthetic.
    static func strippedGame(_ warehouse: Warehouse) throws -> (code: String, home: String, away: String) {
        try warehouse.read { db in
            let row = try #require(
                try Row.fetchOne(
                    db,
                    sql:
                        "SELECT game_code, home_tricode, away_tricode FROM schedule WHERE game_date = ? ORDER BY game_code",
                    arguments: [date]))
            return (row[0], row[1], row[2])
        }
    }

    static func count(_ warehouse: Warehouse, _ sql: String) throws -> Int {
        try warehouse.read { db in try Int.fetchOne(db, sql: sql, arguments: [date]) ?? -1 }
    }

    @Test func realLinesMakeContextObservedAndEstimatesStayInTheirOwnColumns() throws {
        let seeded = try SharedData.season2022Opening()
        let warehouse = seeded.warehouse
        let stripped = try Self.strippedGame(warehouse)
        try warehouse.write { db in
            try db.execute(sql: "DELETE FROM game_lines WHERE game_code = ?", arguments: [stripped.code])
        }
        try PipelineRun.run(
            warehouse, from: Self.date, through: Self.date, processors: ContextRow.processors,
            profile: .historicalBackfill)
        let expected = try warehouse.read { db in
            try Set(
                String.fetchAll(
                    db,
                    sql: """
                        SELECT DISTINCT player_lookup FROM prop_lines
                        WHERE game_date = ? AND universal_player_id IS NOT NULL
                        """, arguments: [Self.date]))
        }
        let observed = try warehouse.read { db in
            try Set(
                String.fetchAll(
                    db,
                    sql: """
                        SELECT player_lookup FROM upcoming_player_game_context
                        WHERE game_date = ? AND context_origin = 'observed'
                        """, arguments: [Self.date]))
        }
        #expect(expected.count > 30)
        #expect(observed == expected)
        // Observed rows carry the real line and no estimate; no row's observed line is an estimate.
        #expect(
            try Self.count(
                warehouse,
                """
                SELECT COUNT(*) FROM upcoming_player_game_context c WHERE game_date = ? AND (
                    (context_origin = 'observed' AND (synthetic_fields <> '[]' OR estimated_points_line IS NOT NULL
                        OR estimated_game_spread IS NOT NULL OR estimated_game_total IS NOT NULL
                        OR NOT EXISTS (SELECT 1 FROM prop_lines p WHERE p.game_date = c.game_date
                            AND p.player_lookup = c.player_lookup AND p.line = c.current_points_line)))
                    OR (context_origin = 'synthetic' AND (current_points_line IS NOT NULL OR has_prop_line IS NOT NULL)))
                """) == 0)
        // Synthetic players get a learned estimate (more than 300 real lines before D to learn from).
        let synthetic = try Self.count(
            warehouse,
            "SELECT COUNT(*) FROM upcoming_player_game_context WHERE game_date = ? AND context_origin = 'synthetic'")
        let learned = try Self.count(
            warehouse,
            """
            SELECT COUNT(*) FROM upcoming_player_game_context WHERE game_date = ? AND context_origin = 'synthetic'
                AND estimated_line_method = 'walk_forward_least_squares' AND estimated_line_version = 2
                AND synthetic_fields LIKE '%"estimated_points_line"%'
            """)
        #expect(synthetic > 100)
        #expect(learned > synthetic * 3 / 4)
        // The stripped game: synthetic team rows with estimated spread and total, never in game_spread.
        for team in [stripped.home, stripped.away] {
            let row = try #require(try ContextRow.team(warehouse, Self.date, team))
            #expect(row["context_origin"] == "synthetic")
            #expect(row["game_spread"] == "NULL" && row["game_total"] == "NULL")
            #expect(row["estimated_spread_method"] == "walk_forward_least_squares")
            #expect(row["estimated_game_total"] != "NULL")
            #expect(row["synthetic_fields"]?.contains("\"estimated_game_spread\"") == true)
        }
        let home = try #require(try ContextRow.team(warehouse, Self.date, stripped.home))
        let away = try #require(try ContextRow.team(warehouse, Self.date, stripped.away))
        #expect(Double(home["estimated_game_spread"]!)! == -Double(away["estimated_game_spread"]!)!)
        #expect(home["estimated_game_total"] == away["estimated_game_total"])
        // Every other game has its real closing line, observed, and no estimate.
        #expect(
            try Self.count(
                warehouse,
                """
                SELECT COUNT(*) FROM upcoming_team_game_context WHERE game_date = ? AND game_code <> '\(stripped.code)'
                    AND (context_origin <> 'observed' OR game_spread IS NULL OR estimated_game_spread IS NOT NULL)
                """) == 0)
        #expect(
            try Self.count(
                warehouse,
                """
                SELECT COUNT(*) FROM upcoming_player_game_context WHERE game_date = ? AND (
                    (game_code = '\(stripped.code)' AND context_origin = 'synthetic'
                        AND (game_spread IS NOT NULL OR estimated_game_spread IS NULL))
                    OR (game_code <> '\(stripped.code)' AND (game_spread IS NULL OR estimated_game_spread IS NOT NULL)))
                """) == 0)
        // Re-running the date rewrites nothing observed: every row comes back identical.
        let first = try warehouse.read { db in
            try TableSnapshot.rows(db, "upcoming_player_game_context", where: "game_date = ?", arguments: [Self.date])
        }
        try warehouse.write { db in try db.execute(sql: "DELETE FROM processor_run_history") }
        try PipelineRun.run(
            warehouse, from: Self.date, through: Self.date, processors: ContextRow.processors,
            profile: .historicalBackfill)
        let second = try warehouse.read { db in
            try TableSnapshot.rows(db, "upcoming_player_game_context", where: "game_date = ?", arguments: [Self.date])
        }
        #expect(second == first)
    }

    /// Every estimate of D (line, spread, total; player and team rows).
    static func estimates(_ warehouse: Warehouse) throws -> [[String]] {
        try warehouse.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT player_lookup, estimated_points_line, estimated_line_method, estimated_game_spread,
                        estimated_game_total FROM upcoming_player_game_context WHERE game_date = ?
                    UNION ALL
                    SELECT team_abbr, NULL, NULL, estimated_game_spread, estimated_game_total
                    FROM upcoming_team_game_context WHERE game_date = ?
                    ORDER BY 1, 2
                    """, arguments: [date, date]
            ).map { row in row.databaseValues.map { $0.isNull ? "NULL" : $0.description } }
        }
    }

    @Test func estimatesUseNothingDatedOnOrAfterTheDate() throws {
        let seeded = try SharedData.season2022Opening()
        let warehouse = seeded.warehouse
        let stripped = try Self.strippedGame(warehouse)
        try warehouse.write { db in
            try db.execute(sql: "DELETE FROM game_lines WHERE game_code = ?", arguments: [stripped.code])
        }
        func fill() throws {
            try warehouse.write { db in try db.execute(sql: "DELETE FROM processor_run_history") }
            try PipelineRun.run(
                warehouse, from: Self.date, through: Self.date, processors: ContextRow.processors,
                profile: .historicalBackfill)
        }
        try fill()
        let before = try Self.estimates(warehouse)
        #expect(before.count > 150)
        // Later snapshots and games disappear; D's own lines, spreads, scores and box-score stats move.
        try warehouse.write { db in
            for table in ["player_boxscores", "inactives", "prop_lines", "game_lines", "schedule"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE game_date > ?", arguments: [Self.date])
            }
            try db.execute(
                sql: "UPDATE player_boxscores SET pts = pts + 10, minutes = minutes + 5 WHERE game_date = ?",
                arguments: [Self.date])
            try db.execute(
                sql: "UPDATE schedule SET home_pts = home_pts + 20, away_pts = away_pts - 20 WHERE game_date = ?",
                arguments: [Self.date])
            try db.execute(sql: "UPDATE prop_lines SET line = line + 5 WHERE game_date = ?", arguments: [Self.date])
            try db.execute(
                sql:
                    "UPDATE game_lines SET point = CASE market WHEN 'total' THEN point + 12 ELSE -point END WHERE game_date = ?",
                arguments: [Self.date])
        }
        try fill()
        #expect(try Self.estimates(warehouse) == before)
        // The estimates do learn from earlier snapshots: lines 4 points higher before D move them up.
        try warehouse.write { db in
            try db.execute(sql: "UPDATE prop_lines SET line = line + 4 WHERE game_date < ?", arguments: [Self.date])
        }
        try fill()
        let shifted = try Self.estimates(warehouse)
        let rise = zip(before, shifted).compactMap { old, new -> Double? in
            guard let a = Double(old[1]), let b = Double(new[1]) else { return nil }
            return b - a
        }
        #expect(rise.count > 100)
        #expect(rise.reduce(0, +) / Double(rise.count) > 3)
    }
}
