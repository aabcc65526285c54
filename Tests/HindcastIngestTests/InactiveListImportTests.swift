import Foundation
import GRDB
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// A player cannot be on a game's inactive list and play in it: the file that brings the second of
/// the two facts is refused, naming file and line, and nothing is written.
@Suite struct InactiveListImportTests {
    static let game = "202201050SAC"

    @Test func refusesAnInactiveRowForAPlayerWhoPlayed() throws {
        let seeded = try TestWarehouse.season2021()
        var rows = RealRows(path: RepositoryPaths.season2021 + "/inactives.csv") { $0["game_code"] == Self.game }
        let played = RealRows(path: RepositoryPaths.season2021 + "/player_boxscores.csv") {
            $0["game_code"] == Self.game && $0["played"] == "1" && $0["team_tricode"] == "SAC"
        }
        let player = played.rows[0]
        var extra = rows.rows[0]
        extra[rows.header.firstIndex(of: "team")!] = played.value("team", row: 0)
        extra[rows.header.firstIndex(of: "team_tricode")!] = "SAC"
        extra[rows.header.firstIndex(of: "player_id_bbref")!] = played.value("player_id_bbref", row: 0)
        extra[rows.header.firstIndex(of: "player_name")!] = played.value("player_name", row: 0)
        rows.rows.append(extra)
        let before = try WarehouseDump.all(seeded.warehouse)
        let path = seeded.directory.write("inactives.csv", rows.csv)
        let error = try #require(throws: IngestError.self) {
            try Importer(warehouse: seeded.warehouse).importFile(path, kind: .inactives)
        }
        #expect(error.line == rows.rows.count + 1)
        #expect(
            error.problem
                == "\(player[played.header.firstIndex(of: "player_name")!]) (\(played.value("player_id_bbref", row: 0))) is on the inactive list of \(Self.game), but the box score has him playing \(played.value("mp", row: 0)) minutes"
        )
        #expect(try WarehouseDump.all(seeded.warehouse) == before)
    }

    @Test func refusesABoxScoreRowForAPlayerOnTheInactiveList() throws {
        let seeded = try TestWarehouse.season2021()
        let box = RealRows(path: RepositoryPaths.season2021 + "/player_boxscores.csv") { $0["game_code"] == Self.game }
        let index = box.rows.firstIndex { $0[box.header.firstIndex(of: "played")!] == "1" }!
        // The inactive list (as imported earlier) names a player the box score has playing.
        try seeded.warehouse.write { db in
            try db.execute(
                sql: """
                    INSERT INTO inactives SELECT game_code, game_id, game_date, season, season_type, team, team_tricode,
                        player_id_bbref, player_name, player_lookup FROM player_boxscores
                    WHERE game_code = ? AND player_id_bbref = ?
                    """, arguments: [Self.game, box.value("player_id_bbref", row: index)])
        }
        let before = try WarehouseDump.all(seeded.warehouse)
        let path = seeded.directory.write("box.csv", box.csv)
        let error = try #require(throws: IngestError.self) {
            try Importer(warehouse: seeded.warehouse).importFile(path, kind: .boxscores)
        }
        #expect(error.line == index + 2)
        #expect(error.problem.contains("but the game's inactive list has him inactive"), "\(error)")
        #expect(try WarehouseDump.all(seeded.warehouse) == before)
    }

    @Test func theRealSeasonsHaveNoSuchPlayer() throws {
        // Both real seasons import (the template loads 2021-22; this re-imports its inactive list).
        let seeded = try TestWarehouse.season2021()
        let report = try Importer(warehouse: seeded.warehouse).importFile(
            RepositoryPaths.season2021 + "/inactives.csv", kind: .inactives)
        #expect(report.unchanged == 10_959)
    }
}
