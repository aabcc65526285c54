import Foundation
import GRDB
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// Prop lines: an optional `captured_at`, and refusals of lines that belong to no imported game.
@Suite struct PropLineImportTests {
    /// Anthony Davis's real lines of 2021-10-31 (LAL-HOU, scheduled 02:30 UTC; books list 03:30 and 04:00).
    static func davis() -> RealRows {
        RealRows(path: RepositoryPaths.season2021 + "/prop_lines.csv") {
            $0["game_date"] == "2021-10-31" && $0["player_name"] == "Anthony Davis"
        }
    }

    static func withCapture(_ rows: RealRows, _ times: [String]) -> RealRows {
        RealRows(header: rows.header + ["captured_at"], rows: zip(rows.rows, times).map { $0 + [$1] })
    }

    func expectRefusal(_ rows: RealRows, line: Int, containing text: String) throws {
        let seeded = try TestWarehouse.season2021()
        let before = try WarehouseDump.all(seeded.warehouse)
        let path = seeded.directory.write("lines.csv", rows.csv)
        let error = try #require(throws: IngestError.self) {
            try Importer(warehouse: seeded.warehouse).importFile(path, kind: .propLines)
        }
        #expect(error.file == path)
        #expect(error.line == line)
        #expect(error.description.contains(text), "\(error)")
        #expect(!error.description.contains("\n"))
        #expect(try WarehouseDump.all(seeded.warehouse) == before)
    }

    @Test func refusesALineDatedOutsideEveryImportedSeason() throws {
        var rows = Self.davis()
        rows.set("game_date", to: "2020-10-31", row: 1)
        try expectRefusal(
            rows, line: 3, containing: "game_date 2020-10-31 is outside every imported season (2021-22 2021-10-19..")
    }

    @Test func refusesATipoffADayOrMoreFromTheScheduledOne() throws {
        var rows = Self.davis()
        rows.set("tipoff_utc", to: "2021-10-29T23:30:00Z", row: 0)
        try expectRefusal(
            rows, line: 2,
            containing:
                "tipoff_utc 2021-10-29T23:30:00Z is 51 hours from the scheduled tip-off of LAL's game on 2021-10-31 (2021-11-01T02:30:00Z)"
        )
    }

    @Test func acceptsTheBundledLinesHourOrTwoFromTheSchedule() throws {
        let seeded = try TestWarehouse.season2021()
        let report = try Importer(warehouse: seeded.warehouse).importFile(
            RepositoryPaths.season2021 + "/prop_lines.csv", kind: .propLines)
        #expect(report.rowsRead == 348 && report.unchanged == 348)
        #expect(report.notes.isEmpty)
    }

    @Test func refusesABadCapturedAt() throws {
        let rows = Self.withCapture(Self.davis(), ["2021-10-31 20:00", "2021-10-31T20:00:00Z"])
        try expectRefusal(rows, line: 2, containing: "bad captured_at \"2021-10-31 20:00\"")
    }

    /// The same offer captured before and after tip-off: the stored row is the pre-tip-off capture,
    /// in whichever order the captures come.
    @Test func aPostTipoffCaptureNeverReplacesAPreTipoffOne() throws {
        for times in [
            ["2021-10-31T20:00:00Z", "2021-11-01T05:00:00Z"], ["2021-11-01T05:00:00Z", "2021-10-31T20:00:00Z"],
        ] {
            let seeded = try TestWarehouse.season2021()
            try seeded.warehouse.write { db in
                try db.execute(sql: "DELETE FROM prop_lines WHERE player_name = 'Anthony Davis'")
            }
            let one = Self.davis()
            let rows = RealRows(
                header: one.header + ["captured_at"], rows: [one.rows[0] + [times[0]], one.rows[0] + [times[1]]])
            let path = seeded.directory.write("lines.csv", rows.csv)
            let report = try Importer(warehouse: seeded.warehouse).importFile(path, kind: .propLines)
            #expect(
                report.notes == [
                    "1 row was captured at or after tip-off: stored as post-tip-off, never used as pre-game context"
                ])
            let stored = try seeded.warehouse.read { db in
                try String.fetchAll(db, sql: "SELECT captured_at FROM prop_lines WHERE player_name = 'Anthony Davis'")
            }
            #expect(stored == ["2021-10-31T20:00:00Z"], "\(times)")
        }
    }
}
