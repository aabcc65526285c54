import Foundation
import GRDB
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// On the three dates with real pre-game lines, players with lines get observed rows and everyone
/// else synthetic rows; synthesis never overwrites an observed row.
@Suite struct ObservedContextTests {
    static let observedDates = ["2021-10-31", "2021-11-02", "2021-11-08"]

    @Test func linePlayersAreObservedAndEveryoneElseSynthetic() throws {
        let seeded = try TestWarehouse.season2021()
        for date in Self.observedDates {
            try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
            let expected = try seeded.warehouse.read { db in
                try Set(
                    String.fetchAll(
                        db,
                        sql: """
                            SELECT DISTINCT player_lookup FROM prop_lines
                            WHERE game_date = ? AND universal_player_id IS NOT NULL
                            """, arguments: [date]))
            }
            let observed = try seeded.warehouse.read { db in
                try Set(
                    String.fetchAll(
                        db,
                        sql: """
                            SELECT player_lookup FROM upcoming_player_game_context
                            WHERE game_date = ? AND context_origin = 'observed'
                            """, arguments: [date]))
            }
            #expect(observed == expected, "\(date)")
            let synthetic = try seeded.warehouse.read { db in
                try Row.fetchAll(
                    db,
                    sql: """
                        SELECT synthesis_reason, has_prop_line, COUNT(*) FROM upcoming_player_game_context
                        WHERE game_date = ? AND context_origin = 'synthetic' GROUP BY 1, 2
                        """, arguments: [date]
                ).map { "\($0[0] as String? ?? "NULL")/\($0[1] as Int? ?? -1)/\(($0[2] as Int) > 20)" }
            }
            #expect(synthetic == ["partial_context/-1/true"], "\(date)")
        }
    }

    @Test func anObservedRowCarriesTheChosenLineAndNoSyntheticFields() throws {
        let seeded = try TestWarehouse.season2021()
        let date = "2021-10-31"
        try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
        // Anthony Davis, 2021-10-31: DraftKings 23.5 (-120/+100), PointsBet 23.5: DraftKings first.
        let row = try #require(try ContextRow.player(seeded.warehouse, date, "anthonydavis"))
        #expect(row["context_origin"] == "observed")
        #expect(row["synthetic_fields"] == "[]")
        #expect(row["synthesis_reason"] == "NULL")
        #expect(row["current_points_line"] == "23.5")
        #expect(row["current_points_line_source"] == "draftkings")
        #expect(row["has_prop_line"] == "1")
        #expect(row["player_set_source"] == "prop_lines")
        // Miles Bridges has two DraftKings lines (19.5 at -110/-110 and 20.5 at +105/-125): the main one wins.
        let bridges = try #require(try ContextRow.player(seeded.warehouse, date, "milesbridges"))
        #expect(bridges["current_points_line"] == "19.5")
    }

    @Test func rerunningTheFillerChangesNothing() throws {
        let seeded = try TestWarehouse.season2021()
        let date = "2021-11-08"
        try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
        let first = try seeded.warehouse.read { db in
            try TableSnapshot.rows(db, "upcoming_player_game_context", where: "game_date = ?", arguments: [date])
        }
        try seeded.warehouse.write { db in
            try db.execute(
                sql: "DELETE FROM processor_run_history WHERE processor_name IN ('upcoming_player_game_context')")
        }
        try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
        let second = try seeded.warehouse.read { db in
            try TableSnapshot.rows(db, "upcoming_player_game_context", where: "game_date = ?", arguments: [date])
        }
        #expect(first == second)
        #expect(first.count > 200)
    }

    @Test func anImportedObservedRowReplacesTheSyntheticOneAndStays() throws {
        let seeded = try TestWarehouse.season2021()
        let date = "2021-11-08"
        // As if nobody had scraped that date: without line snapshots Wiggins's row is synthetic.
        try seeded.warehouse.write { db in
            try db.execute(sql: "DELETE FROM prop_lines WHERE game_date = ?", arguments: [date])
        }
        try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
        let synthetic = try #require(try ContextRow.player(seeded.warehouse, date, "andrewwiggins"))
        #expect(synthetic["context_origin"] == "synthetic")
        // A production export row carrying the real DraftKings line of that night (16.5, -110/-110).
        let csv = """
            game_date,player_lookup,team_abbr,current_points_line,current_points_line_source,has_prop_line
            2021-11-08,andrewwiggins,GSW,16.5,draftkings,true
            """
        let path = seeded.directory.write("context.csv", csv + "\n")
        let report = try Importer(warehouse: seeded.warehouse).importFile(path, kind: .context)
        #expect(report.inserted == 1)
        for _ in 0..<2 {
            try seeded.warehouse.write { db in
                try db.execute(sql: "DELETE FROM processor_run_history WHERE data_date = ?", arguments: [date])
            }
            try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
            let row = try #require(try ContextRow.player(seeded.warehouse, date, "andrewwiggins"))
            #expect(row["context_origin"] == "observed")
            #expect(row["synthetic_fields"] == "[]")
            #expect(row["current_points_line"] == "16.5")
            #expect(row["player_set_source"] == "imported")
            #expect(row["points_avg_last_5"] == synthetic["points_avg_last_5"])
            #expect(row["days_rest"] == synthetic["days_rest"])
            #expect(try ContextRow.origins(seeded.warehouse, date)["observed"] == 1)
        }
    }
}
