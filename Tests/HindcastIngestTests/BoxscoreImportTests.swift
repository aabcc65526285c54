import Foundation
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// Refusals of malformed box-score files: each names file and line and writes nothing.
@Suite struct BoxscoreImportTests {
    /// The real box-score rows of one game (2022-01-05, Dallas at Sacramento? any fixed game).
    static func game(_ code: String) -> RealRows {
        RealRows(path: RepositoryPaths.season2021 + "/player_boxscores.csv") { $0["game_code"] == code }
    }

    /// Imports `rows` into a fresh copy of the season; expects a refusal naming `line`.
    func expectRefusal(_ rows: RealRows, line: Int, containing text: String) throws {
        let seeded = try TestWarehouse.season2021()
        let before = try WarehouseDump.all(seeded.warehouse)
        let path = seeded.directory.write("bad.csv", rows.csv)
        let error = try #require(throws: IngestError.self) {
            try Importer(warehouse: seeded.warehouse).importFile(path, kind: .boxscores)
        }
        #expect(error.file == path)
        #expect(error.line == line)
        #expect(error.description.contains(text), "\(error)")
        #expect(try WarehouseDump.all(seeded.warehouse) == before)
    }

    @Test func refusesARowWithAMissingField() throws {
        var rows = Self.game("202201050SAC")
        rows.rows[3].removeLast()
        try expectRefusal(rows, line: 5, containing: "malformed CSV: expected 35 fields")
    }

    @Test func refusesABadDate() throws {
        var rows = Self.game("202201050SAC")
        rows.set("game_date", to: "2022-01-32", row: 2)
        try expectRefusal(rows, line: 4, containing: "bad date \"2022-01-32\"")
    }

    @Test func refusesAnUnknownTeamCode() throws {
        var rows = Self.game("202201050SAC")
        rows.set("team", to: "XYZ", row: 0)
        try expectRefusal(rows, line: 2, containing: "unknown team code \"XYZ\"")
    }

    @Test func refusesADuplicatePlayerGame() throws {
        var rows = Self.game("202201050SAC")
        rows.rows.append(rows.rows[1])
        try expectRefusal(rows, line: rows.rows.count + 1, containing: "duplicate player-game")
    }

    @Test func refusesNegativeStats() throws {
        var rows = Self.game("202201050SAC")
        rows.set("ast", to: "-2", row: 0)
        try expectRefusal(rows, line: 2, containing: "negative ast")
    }

    @Test func refusesImpossibleStats() throws {
        var rows = Self.game("202201050SAC")
        let fga = Int(rows.value("fga", row: 0))!
        rows.set("fg", to: String(fga + 1), row: 0)
        try expectRefusal(rows, line: 2, containing: "impossible stats")
    }

    @Test func refusesMinutesBeyondTheGameLength() throws {
        var rows = Self.game("202201050SAC")
        rows.set("mp", to: "49:00", row: 0)
        rows.set("minutes", to: "49.0", row: 0)
        try expectRefusal(rows, line: 2, containing: "exceed the game length of 48:00 (0 overtimes)")
    }

    @Test func refusesPointsThatContradictTheFinalScore() throws {
        var rows = Self.game("202201050SAC")
        let index = rows.rows.firstIndex { $0[rows.header.firstIndex(of: "played")!] == "1" }!
        let ft = Int(rows.value("ft", row: index))!
        let fta = Int(rows.value("fta", row: index))!
        let pts = Int(rows.value("pts", row: index))!
        rows.set("fta", to: String(fta + 1), row: index)
        rows.set("ft", to: String(ft + 1), row: index)
        rows.set("pts", to: String(pts + 1), row: index)
        try expectRefusal(rows, line: 2, containing: "but the final score is")
    }

    @Test func reimportingTheSameFileChangesNothing() throws {
        let seeded = try TestWarehouse.season2021()
        let before = try WarehouseDump.all(seeded.warehouse)
        let report = try Importer(warehouse: seeded.warehouse).importFile(
            RepositoryPaths.season2021 + "/player_boxscores.csv", kind: .boxscores)
        #expect(report.rowsRead == 33_804)
        #expect(report.inserted == 0 && report.updated == 0 && report.unchanged == 33_804)
        #expect(try WarehouseDump.all(seeded.warehouse) == before)
    }

    @Test func loadsEveryBundledFileWithTheExpectedCounts() throws {
        let seeded = try TestWarehouse.season2021()
        let counts = try seeded.warehouse.read { db in
            try ["player_boxscores", "schedule", "inactives", "prop_lines"].map { table in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)")!
            }
        }
        #expect(counts == [33_804, 1_323, 10_959, 348])
    }
}
