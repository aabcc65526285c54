import Foundation
import GRDB
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

@Suite struct PlayerMatchingTests {
    @Test func foldsDiacriticsPunctuationAndCase() {
        #expect(PlayerLookup.fold("Luka Dončić") == "lukadoncic")
        #expect(PlayerLookup.fold("Luka Doncic") == "lukadoncic")
        #expect(PlayerLookup.fold("D'Angelo Russell") == "dangelorussell")
        #expect(PlayerLookup.fold("Nikola Jokić") == "nikolajokic")
        #expect(PlayerLookup.fold("Dāvis Bertāns") == "davisbertans")
        #expect(PlayerLookup.foldWithoutSuffix("Xavier Tillman Sr.") == "xaviertillman")
    }

    @Test func aBookSpellingWithoutDiacriticsMatchesTheBoxScorePlayer() throws {
        let seeded = try TestWarehouse.season2021()
        let rows = try seeded.warehouse.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT player_name, universal_player_id, match_status FROM prop_lines
                    WHERE player_lookup = 'lukadoncic'
                    """
            ).map { [$0[0] as String, $0[1] as String? ?? "NULL", $0[2] as String] }
        }
        #expect(rows == [["Luka Doncic", "doncilu01", "boxscore"]])
        let boxName = try seeded.warehouse.read { db in
            try String.fetchOne(
                db, sql: "SELECT player_name FROM player_boxscores WHERE player_id_bbref = 'doncilu01' LIMIT 1")
        }
        #expect(boxName == "Luka Dončić")
    }

    @Test func everyBundledLineRowMatchesAPlayerAndInactivePlayersAreSaidToBeSo() throws {
        let seeded = try TestWarehouse.season2021()
        let counts = try seeded.warehouse.read { db in
            try Dictionary(
                uniqueKeysWithValues: Row.fetchAll(db, sql: "SELECT match_status, COUNT(*) FROM prop_lines GROUP BY 1")
                    .map {
                        ($0[0] as String, $0[1] as Int)
                    })
        }
        #expect(counts == ["boxscore": 343, "inactive": 5])
    }

    @Test func linesImportedBeforeBoxScoresAreCountedUnmatchedThenResolved() throws {
        let seeded = try TestWarehouse.empty()
        let importer = Importer(warehouse: seeded.warehouse)
        let folder = RepositoryPaths.season2021
        // Lines need their season's schedule; box scores may come later.
        _ = try importer.importFile(folder + "/schedule.csv", kind: .schedule)
        let early = try importer.importFile(folder + "/prop_lines.csv", kind: .propLines)
        #expect(early.matches == ["unmatched": 348])
        #expect(early.unmatchedNames["Luka Doncic"] != nil)
        #expect(early.unmatchedNames.values.reduce(0, +) == 348)
        _ = try importer.importFile(folder + "/player_boxscores.csv", kind: .boxscores)
        let unmatched = try seeded.warehouse.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM prop_lines WHERE universal_player_id IS NULL")
        }
        #expect(unmatched == 0)
    }

    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func everyShotZoneRowOf2022MatchesABoxScorePlayer() throws {
        let seeded = try TestWarehouse.seasons2021And2022()
        let statuses = try seeded.warehouse.read { db in
            try Row.fetchAll(db, sql: "SELECT match_status, COUNT(*) FROM shot_zones GROUP BY 1").map {
                "\($0[0] as String)=\($0[1] as Int)"
            }
        }
        #expect(statuses == ["matched=24677"])
    }
}
