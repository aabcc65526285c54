import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// A prediction for D rests only on what was knowable before D: changing every game on or after
/// D changes D's grades, never D's predictions; and the ensemble's weights come from grades
/// dated before D only.
@Suite struct PointInTimePredictionTests {
    static let date = "2022-01-05"

    static func predictions(_ warehouse: Warehouse, _ date: String = date) throws -> [[String]] {
        try warehouse.read { db in
            try TableSnapshot.rows(db, "player_prop_predictions", where: "game_date = ?", arguments: [date])
        }
    }

    static func grades(_ warehouse: Warehouse) throws -> [[String]] {
        try warehouse.read { db in
            try TableSnapshot.rows(db, "prediction_accuracy", where: "game_date = ?", arguments: [date])
        }
    }

    /// Deletes every pipeline row and run record dated on or after `date`.
    static func forget(_ db: Database, from date: String) throws {
        for table in WarehouseCatalog.tables where table.kind == .pipeline {
            guard let column = table.dateColumn else { continue }
            try db.execute(sql: "DELETE FROM \(table.name) WHERE \(column) >= ?", arguments: [date])
        }
        try db.execute(sql: "DELETE FROM processor_run_history WHERE data_date >= ?", arguments: [date])
    }

    @Test func changingEveryGameOnOrAfterTheDateChangesItsGradesButNotItsPredictions() throws {
        let seeded = try TestWarehouse.season2021()
        let warehouse = seeded.warehouse
        try PipelineRun.run(warehouse, from: "2022-01-03", through: Self.date)
        let before = try Self.predictions(warehouse)
        let gradesBefore = try Self.grades(warehouse)
        #expect(before.count > 400)
        #expect(before.contains { $0.joined().contains("trailing_mae") })
        try warehouse.write { db in
            for table in ["player_boxscores", "inactives", "prop_lines", "game_lines", "injury_reports"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE game_date > ?", arguments: [Self.date])
            }
            try db.execute(sql: "DELETE FROM schedule WHERE game_date > ?", arguments: [Self.date])
            try db.execute(
                sql: """
                    UPDATE player_boxscores SET pts = COALESCE(pts, 0) + 7, minutes = COALESCE(minutes, 0) + 1
                    WHERE game_date = ?
                    """, arguments: [Self.date])
            try db.execute(
                sql: "UPDATE schedule SET home_pts = home_pts + 30, away_pts = away_pts + 1 WHERE game_date = ?",
                arguments: [Self.date])
            try Self.forget(db, from: Self.date)
        }
        try PipelineRun.run(warehouse, from: Self.date, through: Self.date)
        #expect(try Self.predictions(warehouse) == before)
        let gradesAfter = try Self.grades(warehouse)
        #expect(gradesAfter.count == gradesBefore.count)
        #expect(gradesAfter != gradesBefore)
    }

    @Test func theEnsembleWeighsByGradesDatedBeforeTheDateOnly() throws {
        let seeded = try TestWarehouse.season2021()
        let warehouse = seeded.warehouse
        try PipelineRun.run(warehouse, from: "2022-01-03", through: Self.date)
        func weights(_ date: String) throws -> Set<String> {
            Set(
                try warehouse.read { db in
                    try String.fetchAll(
                        db,
                        sql: """
                            SELECT ensemble_weights FROM player_prop_predictions
                            WHERE game_date = ? AND system_id = 'ensemble_v1'
                            """, arguments: [date])
                })
        }
        let first = try weights("2022-01-03")
        #expect(first.count == 1 && first.first!.contains("\"basis\":\"equal_no_grades\""))
        let original = try weights(Self.date)
        #expect(original.count == 1 && original.first!.contains("\"window_end\":\"2022-01-04\""))
        #expect(original.first!.contains("\"basis\":\"trailing_mae\""))
        func repredict() throws {
            try warehouse.write { db in
                try db.execute(
                    sql:
                        "DELETE FROM processor_run_history WHERE processor_name = 'player_prop_predictions' AND data_date = ?",
                    arguments: [Self.date])
            }
            try PipelineRun.run(
                warehouse, from: Self.date, through: Self.date, processors: ["player_prop_predictions"])
        }
        // Grades of the date itself and later: no effect.
        try warehouse.write { db in
            try db.execute(
                sql: "UPDATE prediction_accuracy SET absolute_error = absolute_error * 3 WHERE game_date >= ?",
                arguments: [Self.date])
        }
        try repredict()
        #expect(try weights(Self.date) == original)
        // Grades of the day before: the weights follow.
        try warehouse.write { db in
            try db.execute(
                sql: """
                    UPDATE prediction_accuracy SET absolute_error = absolute_error * 3
                    WHERE game_date = '2022-01-04' AND system_id = 'zone_matchup'
                    """)
        }
        try repredict()
        let changed = try weights(Self.date)
        #expect(changed.count == 1 && changed != original)
    }
}
