import Foundation
import GRDB
import HindcastCore
import HindcastIngest
import HindcastPredict
import HindcastStore
import HindcastTestSupport
import Testing

/// A snapshot counts as pre-game context only when captured before its game's tip-off. The game is
/// the real Lakers-Rockets game of 2021-10-31 (10:30 p.m. EDT, 02:30 UTC); the rows are the real
/// closing game lines and DraftKings/PointsBet lines of that game with only their timestamps moved
/// (the books list tip-off at 03:30 and 04:00 UTC, an hour or more late).
private let sharedGameLines = RepositoryPaths.root + "/../shared/data/2021-22/game_lines.csv"

@Suite(.enabled(if: FileManager.default.fileExists(atPath: sharedGameLines), "../shared/data is absent"))
struct PostTipoffSnapshotTests {
    static let gameLines = sharedGameLines
    static let date = "2021-10-31"
    /// 25 minutes after the scheduled tip-off, before either book's listed tip-off.
    static let afterTipoff = "2021-11-01T02:55:00Z"

    /// The real closing spread and total rows of LAL-HOU, captured at `capturedAt` (as given when nil).
    static func lakersLines(capturedAt: String?) -> RealRows {
        var rows = RealRows(path: gameLines) { $0["game_date"] == date && $0["home_tricode"] == "LAL" }
        for index in rows.rows.indices {
            if let capturedAt { rows.set("captured_at", to: capturedAt, row: index) }
        }
        return rows
    }

    /// The bundled prop lines of `player` on the date, with a `captured_at` column.
    static func propLines(_ player: String, capturedAt: String) -> RealRows {
        var rows = RealRows(path: RepositoryPaths.season2021 + "/prop_lines.csv") {
            $0["game_date"] == date && $0["player_name"] == player
        }
        rows = RealRows(header: rows.header + ["captured_at"], rows: rows.rows.map { $0 + [capturedAt] })
        return rows
    }

    static func importFile(_ seeded: SeededWarehouse, _ kind: ImportKind, _ text: String) throws -> ImportReport {
        let path = seeded.directory.write("\(kind.rawValue)-\(UUID().uuidString.prefix(6)).csv", text)
        return try Importer(warehouse: seeded.warehouse).importFile(path, kind: kind)
    }

    static func rerunContext(_ seeded: SeededWarehouse, _ date: String = date) throws {
        try seeded.warehouse.write { db in
            try db.execute(sql: "DELETE FROM processor_run_history WHERE data_date = ?", arguments: [date])
        }
        try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
    }

    @Test func aGameLineCapturedAfterTipoffLeavesTheSpreadAndTotalAlone() throws {
        let seeded = try TestWarehouse.season2021()
        let late = try Self.importFile(seeded, .gameLines, Self.lakersLines(capturedAt: Self.afterTipoff).csv)
        #expect(late.notes.contains { $0.hasPrefix("4 rows were captured at or after tip-off") }, "\(late.notes)")
        try Self.rerunContext(seeded)
        let lateTeam = try #require(try ContextRow.team(seeded.warehouse, Self.date, "LAL"))
        #expect(lateTeam["game_spread"] == "NULL")
        #expect(lateTeam["game_total"] == "NULL")
        #expect(lateTeam["context_origin"] == "synthetic")
        #expect(try ContextRow.player(seeded.warehouse, Self.date, "anthonydavis")?["game_total"] == "NULL")

        // The same rows as really captured (5 minutes before tip-off) are the pre-game line.
        let real = Self.lakersLines(capturedAt: nil)
        _ = try Self.importFile(seeded, .gameLines, real.csv)
        try Self.rerunContext(seeded)
        let team = try #require(try ContextRow.team(seeded.warehouse, Self.date, "LAL"))
        let spread = real.rows.first { $0[4] == "spread" && $0[5] == "LAL" }!
        #expect(team["game_spread"] == spread[6])
        #expect(team["betting_lines_updated_at"] == real.value("captured_at", row: 0))
        #expect(team["context_origin"] == "observed")
    }

    @Test func anInjuryReportFiledAfterTipoffDoesNotMakeAPlayerOut() throws {
        let seeded = try TestWarehouse.season2021()
        let header = "game_date,report_time,team_tricode,player_name,status,reason\n"
        // Anthony Davis played that night (per the box score); a report filed after tip-off says out.
        let report = try Self.importFile(
            seeded, .injuryReports, header + "\(Self.date),\(Self.afterTipoff),LAL,Anthony Davis,out,Knee\n")
        #expect(report.notes.contains { $0.hasPrefix("1 row was captured at or after tip-off") }, "\(report.notes)")
        try Self.rerunContext(seeded)
        let late = try #require(try ContextRow.player(seeded.warehouse, Self.date, "anthonydavis"))
        #expect(late["player_status"] == "NULL")
        // Filed before tip-off, the same report counts.
        _ = try Self.importFile(
            seeded, .injuryReports, header + "\(Self.date),2021-10-31T22:00:00Z,LAL,Anthony Davis,out,Knee\n")
        try Self.rerunContext(seeded)
        #expect(try ContextRow.player(seeded.warehouse, Self.date, "anthonydavis")?["player_status"] == "out")
    }

    @Test func aPropLineCapturedAfterTheScheduledTipoffIsNotObserved() throws {
        let seeded = try TestWarehouse.season2021()
        try seeded.warehouse.write { db in
            try db.execute(
                sql: "DELETE FROM prop_lines WHERE game_date = ? AND player_name = 'Anthony Davis'",
                arguments: [Self.date])
        }
        // After the scheduled 02:30 tip-off, though before the books' own 03:30 and 04:00.
        let report = try Self.importFile(
            seeded, .propLines, Self.propLines("Anthony Davis", capturedAt: Self.afterTipoff).csv)
        #expect(report.notes.contains { $0.hasPrefix("2 rows were captured at or after tip-off") }, "\(report.notes)")
        try Self.rerunContext(seeded)
        let late = try #require(try ContextRow.player(seeded.warehouse, Self.date, "anthonydavis"))
        #expect(late["context_origin"] == "synthetic")
        #expect(late["current_points_line"] == "NULL")
        // Captured before tip-off, the same rows are the observed line.
        _ = try Self.importFile(
            seeded, .propLines, Self.propLines("Anthony Davis", capturedAt: "2021-10-31T20:00:00Z").csv)
        try Self.rerunContext(seeded)
        let early = try #require(try ContextRow.player(seeded.warehouse, Self.date, "anthonydavis"))
        #expect(early["context_origin"] == "observed")
        #expect(early["current_points_line"] == "23.5")
    }

    @Test func anImportedContextRowCapturedAfterTipoffIsNotUsed() throws {
        let seeded = try TestWarehouse.season2021()
        let date = "2021-11-08"
        try seeded.warehouse.write { db in
            try db.execute(sql: "DELETE FROM prop_lines WHERE game_date = ?", arguments: [date])
        }
        // GSW-ATL tipped off at 10:00 p.m. EST (03:00 UTC on the 9th).
        let header = "game_date,player_lookup,team_abbr,current_points_line,current_points_line_source,captured_at\n"
        let late = try Self.importFile(
            seeded, .context, header + "\(date),andrewwiggins,GSW,16.5,draftkings,2021-11-09T03:20:00Z\n")
        #expect(late.notes.contains { $0.hasPrefix("1 row was captured at or after tip-off") }, "\(late.notes)")
        try Self.rerunContext(seeded, date)
        #expect(try ContextRow.player(seeded.warehouse, date, "andrewwiggins")?["context_origin"] == "synthetic")
        _ = try Self.importFile(
            seeded, .context, header + "\(date),andrewwiggins,GSW,16.5,draftkings,2021-11-09T02:40:00Z\n")
        try Self.rerunContext(seeded, date)
        let row = try #require(try ContextRow.player(seeded.warehouse, date, "andrewwiggins"))
        #expect(row["context_origin"] == "observed")
        #expect(row["current_points_line"] == "16.5")
    }

    /// A schedule imported after the lines can move the game earlier: lines captured between the new
    /// and the old tip-off were then taken after the game began, and neither context nor the learned
    /// system's market values may use them (both read `ObservedGameLines`).
    @Test func linesCapturedBeforeAnOldTipoffButAfterTheMovedOneCountNowhere() throws {
        let seeded = try TestWarehouse.season2021()
        let early = try Self.importFile(seeded, .gameLines, Self.lakersLines(capturedAt: "2021-11-01T02:20:00Z").csv)
        #expect(early.notes.isEmpty, "captured ten minutes before the 02:30 tip-off: \(early.notes)")
        let day = GameDate(Self.date)!
        let before = try seeded.warehouse.read { db in try MarketLines.load(db, date: day) }
        #expect(before.teams["LAL"]?.spread.isNaN == false, "the pre-game spread counts at first")
        #expect(before.teams["LAL"]?.total.isNaN == false)
        try Self.rerunContext(seeded)
        #expect(try ContextRow.team(seeded.warehouse, Self.date, "LAL")?["game_total"] != "NULL")

        // The schedule, re-imported, now says 10:00 p.m. EDT (02:00 UTC): the captures are post-tip-off.
        try seeded.warehouse.write { db in
            try db.execute(
                sql: """
                    UPDATE schedule SET tipoff_utc = '2021-11-01T02:00:00Z'
                    WHERE game_date = ? AND home_tricode = 'LAL'
                    """, arguments: [Self.date])
        }
        let after = try seeded.warehouse.read { db in try MarketLines.load(db, date: day) }
        #expect(after.teams["LAL"] == nil && after.teams["HOU"] == nil, "\(after.teams)")
        try Self.rerunContext(seeded)
        let team = try #require(try ContextRow.team(seeded.warehouse, Self.date, "LAL"))
        #expect(team["game_spread"] == "NULL")
        #expect(team["game_total"] == "NULL")
    }

    /// Through the whole pipeline: with the game lines, Davis's lines and an injury report all
    /// captured after tip-off, his features and prediction carry none of them.
    @Test func postTipoffSnapshotsReachNoFeatureOrPrediction() throws {
        let seeded = try TestWarehouse.season2021()
        try seeded.warehouse.write { db in
            try db.execute(
                sql: "DELETE FROM prop_lines WHERE game_date = ? AND player_name = 'Anthony Davis'",
                arguments: [Self.date])
        }
        _ = try Self.importFile(seeded, .gameLines, Self.lakersLines(capturedAt: Self.afterTipoff).csv)
        _ = try Self.importFile(
            seeded, .propLines, Self.propLines("Anthony Davis", capturedAt: Self.afterTipoff).csv)
        _ = try Self.importFile(
            seeded, .injuryReports,
            "game_date,report_time,team_tricode,player_name,status,reason\n"
                + "\(Self.date),\(Self.afterTipoff),LAL,Anthony Davis,out,Knee\n")
        // The date is in the first 14 days of the season: the backfill profile computes its features.
        try PipelineRun.run(seeded.warehouse, from: Self.date, through: Self.date, profile: .historicalBackfill)
        let features = try #require(
            try seeded.warehouse.read { db in
                try Row.fetchOne(
                    db,
                    sql: """
                        SELECT feature_10_value, feature_25_value, feature_28_value, feature_38_value, feature_41_value
                        FROM ml_feature_store WHERE game_date = ? AND player_lookup = 'anthonydavis'
                        """, arguments: [Self.date]
                ).map { row in (0..<5).map { row[$0] as Double? } }
            })
        #expect(features[0] == 0, "injury_risk")
        #expect(features[1] == nil, "vegas_points_line")
        #expect(features[2] == nil || features[2] == 0, "has_vegas_line (NULL or 0 without a line)")
        #expect(features[3] == nil, "game_total_line")
        #expect(features[4] == nil, "spread_magnitude")
        let lines = try seeded.warehouse.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT has_prop_line, current_points_line FROM player_prop_predictions
                    WHERE game_date = ? AND player_lookup = 'anthonydavis'
                    """, arguments: [Self.date]
            ).map { ($0[0] as Int, $0[1] as Double?) }
        }
        #expect(!lines.isEmpty)
        for line in lines {
            #expect(line.0 == 0)
            #expect(line.1 == nil)
        }
    }
}
