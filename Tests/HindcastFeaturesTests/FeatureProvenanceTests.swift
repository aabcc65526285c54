import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// Provenance flows from context rows into Phase 4 and the feature store.
@Suite struct FeatureProvenanceTests {
    static let downstream = [
        "upcoming_team_game_context", "upcoming_player_game_context", "player_composite_factors",
        "player_daily_cache", "ml_feature_store",
    ]

    /// Feature-store rows of `players` on 2021-11-08: lookup → (sources, quality score).
    func rows(_ warehouse: Warehouse, players: Set<String>) throws -> [String: (sources: [String], score: Double)] {
        try warehouse.read { db in
            var rows: [String: (sources: [String], score: Double)] = [:]
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT player_lookup, feature_sources, feature_quality_score FROM ml_feature_store
                    WHERE game_date = '2021-11-08'
                    """)
            where players.contains(row[0]) {
                rows[row[0]] = (JSONText.strings(row[1]), row[2])
            }
            return rows
        }
    }

    @Test func observedContextIsTaggedObservedAndSyntheticContextScoresLower() throws {
        let date = "2021-11-08"
        let observed = try TestWarehouse.season2021()
        try PipelineRun.run(observed.warehouse, from: date, through: date, processors: Self.downstream)
        let linePlayers = try observed.warehouse.read { db in
            try Set(
                String.fetchAll(db, sql: "SELECT player_lookup FROM prop_lines WHERE game_date = ?", arguments: [date]))
        }
        let withLines = try rows(observed.warehouse, players: linePlayers)
        // The same date without the line snapshots: the same players get synthetic context.
        let synthetic = try TestWarehouse.season2021()
        try synthetic.warehouse.write { db in
            try db.execute(sql: "DELETE FROM prop_lines WHERE game_date = ?", arguments: [date])
        }
        try PipelineRun.run(synthetic.warehouse, from: date, through: date, processors: Self.downstream)
        let withoutLines = try rows(synthetic.warehouse, players: linePlayers)
        #expect(withLines.count > 40)
        // Embiid and Haliburton had lines but sat on the inactive list: observed rows exist for them,
        // while the box-score player set of the synthetic run has no row for them.
        #expect(Set(withLines.keys).subtracting(withoutLines.keys) == ["joelembiid", "tyresehaliburton"])
        for (player, second) in withoutLines {
            let first = try #require(withLines[player])
            // Context-fed features: home/away (15), back-to-back (16) from the row; fatigue (5) via Phase 4.
            #expect(first.sources[15] == "phase3_observed" && second.sources[15] == "phase3_synthetic", "\(player)")
            #expect(first.sources[16] == "phase3_observed" && second.sources[16] == "phase3_synthetic", "\(player)")
            #expect(first.sources[5] == "phase4" && second.sources[5] == "phase4_synthetic_input", "\(player)")
            #expect(first.sources[25] == "vegas_observed" && second.sources[25] == "missing", "\(player)")
            #expect(!first.sources.contains("phase3_synthetic"), "\(player)")
            // A required default caps both runs at 69; every uncapped row scores strictly lower.
            if first.score > 69 {
                #expect(second.score < first.score, "\(player): \(second.score) is not below \(first.score)")
            } else {
                #expect(second.score <= first.score, "\(player)")
            }
        }
        #expect(withoutLines.values.filter { $0.score > 69 }.count > 40)
    }

    @Test func aPlayerWithoutAContextRowHasNoFeatureRow() throws {
        let date = "2022-01-05"
        let seeded = try TestWarehouse.season2021()
        try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: Self.downstream)
        let counts = try seeded.warehouse.read { db in
            try Self.downstream.dropFirst().map { table -> Int in
                let column = table == "player_daily_cache" ? "cache_date" : "game_date"
                return try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM \(table) WHERE \(column) = ?", arguments: [date])!
            }
        }
        #expect(counts.allSatisfy { $0 == counts[0] } && counts[0] > 200, "\(counts)")
        let untagged = try seeded.warehouse.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM ml_feature_store WHERE game_date = ? AND (context_origin IS NULL
                        OR feature_15_source NOT IN ('phase3_observed', 'phase3_synthetic'))
                    """, arguments: [date])
        }
        #expect(untagged == 0)
    }

    @Test func nothingOnOrAfterTheDateChangesItsPhase4AndFeatureRows() throws {
        let date = "2022-01-05"
        let seeded = try TestWarehouse.season2021()
        let warehouse = seeded.warehouse
        try PipelineRun.run(warehouse, from: date, through: date, processors: Self.downstream)
        let tables = [
            ("player_composite_factors", "game_date"), ("player_daily_cache", "cache_date"),
            ("ml_feature_store", "game_date"),
        ]
        func snapshot() throws -> [[[String]]] {
            try warehouse.read { db in
                try tables.map { try TableSnapshot.rows(db, $0.0, where: "\($0.1) = ?", arguments: [date]) }
            }
        }
        let before = try snapshot()
        try warehouse.write { db in
            for table in ["player_boxscores", "inactives", "prop_lines", "schedule"] {
                try db.execute(sql: "DELETE FROM \(table) WHERE game_date > ?", arguments: [date])
            }
            try db.execute(
                sql: "UPDATE player_boxscores SET pts = COALESCE(pts, 0) + 9, ast = 0 WHERE game_date = ?",
                arguments: [date])
            try db.execute(sql: "UPDATE schedule SET home_pts = home_pts + 40 WHERE game_date = ?", arguments: [date])
            try db.execute(sql: "DELETE FROM processor_run_history")
        }
        try PipelineRun.run(warehouse, from: date, through: date)
        #expect(try snapshot() == before)
    }
}
