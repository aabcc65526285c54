import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// A synthetic context row for D uses only the schedule, game summaries before D and D's inactive
/// list (plus D's box-score membership as the player-set source): changing or deleting everything
/// else dated D or later leaves it byte-identical.
@Suite struct PointInTimeTests {
    @Test func changingEveryGameOnOrAfterTheDateLeavesItsContextRowsIdentical() throws {
        let date = "2022-01-05"
        let seeded = try TestWarehouse.season2021()
        let warehouse = seeded.warehouse
        try PipelineRun.run(warehouse, from: date, through: date, processors: ContextRow.processors)
        let before = try warehouse.read { db in
            try [
                TableSnapshot.rows(db, "upcoming_player_game_context", where: "game_date = ?", arguments: [date]),
                TableSnapshot.rows(db, "upcoming_team_game_context", where: "game_date = ?", arguments: [date]),
            ]
        }
        #expect(before[0].count > 100)
        try warehouse.write { db in
            // Games after D disappear entirely; D's own games keep who was listed but every stat changes.
            for table in ["player_boxscores", "inactives", "prop_lines", "game_lines", "injury_reports"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE game_date > ?", arguments: [date])
            }
            try db.execute(sql: "DELETE FROM schedule WHERE game_date > ?", arguments: [date])
            try db.execute(
                sql: """
                    UPDATE player_boxscores SET pts = COALESCE(pts, 0) + 7, minutes = COALESCE(minutes, 0) + 1,
                        starter = 1 - starter WHERE game_date = ?
                    """, arguments: [date])
            try db.execute(
                sql: "UPDATE schedule SET home_pts = home_pts + 30, away_pts = away_pts + 1 WHERE game_date = ?",
                arguments: [date])
            for table in ["player_game_summary", "team_offense_game_summary", "team_defense_game_summary"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE game_date >= ?", arguments: [date])
            }
            try db.execute(sql: "DELETE FROM processor_run_history WHERE data_date >= ?", arguments: [date])
        }
        try PipelineRun.run(warehouse, from: date, through: date)
        try PipelineRun.run(warehouse, from: date, through: date, processors: ContextRow.processors)
        let after = try warehouse.read { db in
            try [
                TableSnapshot.rows(db, "upcoming_player_game_context", where: "game_date = ?", arguments: [date]),
                TableSnapshot.rows(db, "upcoming_team_game_context", where: "game_date = ?", arguments: [date]),
            ]
        }
        #expect(after == before)
    }
}
