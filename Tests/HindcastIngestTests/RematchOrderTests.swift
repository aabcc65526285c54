import Foundation
import GRDB
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// Files can be imported in any order: lines, injury reports and shot zones imported before the
/// box scores that name their players are matched when the box scores arrive (`Rematch`), and end
/// up exactly the rows they are when imported after them.
@Suite struct RematchOrderTests {
    static let injuries = """
        game_date,report_time,team_tricode,player_name,status,reason
        2021-10-31,2021-10-31T22:00:00Z,LAL,Anthony Davis,questionable,Knee
        2021-10-31,2021-10-31T22:00:00Z,LAL,Lebron James,out,Ankle
        2021-10-31,2021-10-31T22:00:00Z,HOU,Jalen Green,questionable,Hamstring

        """

    static func rows(_ warehouse: Warehouse, _ tables: [String]) throws -> [String: [[String]]] {
        try warehouse.read { db in
            try Dictionary(uniqueKeysWithValues: tables.map { ($0, try TableSnapshot.rows(db, $0)) })
        }
    }

    @Test func linesAndInjuryReportsImportedBeforeTheBoxScoresEndUpAsIfImportedAfter() throws {
        let folder = RepositoryPaths.season2021
        let early = try TestWarehouse.empty()
        let importer = Importer(warehouse: early.warehouse)
        let injuries = early.directory.write("injuries.csv", Self.injuries)
        _ = try importer.importFile(folder + "/schedule.csv", kind: .schedule)
        _ = try importer.importFile(folder + "/prop_lines.csv", kind: .propLines)
        _ = try importer.importFile(injuries, kind: .injuryReports)
        let unmatched = try early.warehouse.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM injury_reports WHERE universal_player_id IS NULL")
        }
        #expect(unmatched == 3)
        _ = try importer.importFile(folder + "/player_boxscores.csv", kind: .boxscores)
        _ = try importer.importFile(folder + "/inactives.csv", kind: .inactives)

        let late = try TestWarehouse.season2021()
        _ = try Importer(warehouse: late.warehouse).importFile(
            late.directory.write("injuries.csv", Self.injuries), kind: .injuryReports)

        let tables = ["prop_lines", "injury_reports", "player_registry", "player_aliases"]
        let before = try Self.rows(early.warehouse, tables)
        let after = try Self.rows(late.warehouse, tables)
        for table in tables { #expect(before[table] == after[table], "\(table)") }
        #expect(before["injury_reports"]?.allSatisfy { !$0.contains("NULL") } == true)
        #expect(before["prop_lines"]?.count == 348)
    }

    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func shotZonesImportedBeforeTheBoxScoresEndUpAsIfImportedAfter() throws {
        let last = "2022-10-20"
        let slice = TemporaryDirectory()
        func file(_ path: String) throws -> String {
            let lines = try String(contentsOfFile: path, encoding: .utf8).split(whereSeparator: \.isNewline)
            let kept = lines.dropFirst().filter { $0.split(separator: ",", maxSplits: 3)[2] <= last }
            return slice.write((path as NSString).lastPathComponent, ([lines[0]] + kept).joined(separator: "\n") + "\n")
        }
        let season = RepositoryPaths.season2022
        let schedule = try file(season + "/schedule.csv")
        let games = try file(season + "/games.csv")
        let boxscores = try file(season + "/player_boxscores.csv")
        let inactives = try file(season + "/inactives.csv")
        let zones = try file(RepositoryPaths.sharedShotZones2022)

        func warehouse(_ order: [(String, ImportKind)]) throws -> [String: [[String]]] {
            let seeded = try TestWarehouse.empty()
            let importer = Importer(warehouse: seeded.warehouse)
            var imported: [String] = []
            for (path, kind) in order {
                _ = try importer.importFile(path, kind: kind)
                imported.append(path)
                if kind == .shotZones {
                    // Before the box scores no zone row can name its player; after them, they do at once.
                    let matched = try seeded.warehouse.read { db in
                        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM shot_zones WHERE match_status = 'matched'")
                    }
                    #expect(((matched ?? 0) > 0) == imported.contains(boxscores))
                }
            }
            return try Self.rows(seeded.warehouse, ["shot_zones", "player_registry", "player_aliases"])
        }
        let early = try warehouse([
            (schedule, .schedule), (games, .games), (zones, .shotZones), (boxscores, .boxscores),
            (inactives, .inactives),
        ])
        let late = try warehouse([
            (schedule, .schedule), (games, .games), (boxscores, .boxscores), (inactives, .inactives),
            (zones, .shotZones),
        ])
        #expect(early == late)
        let statuses = Set(early["shot_zones"]?.map { $0.contains("\"matched\"") } ?? [])
        #expect(statuses == [true] && (early["shot_zones"]?.count ?? 0) > 200)
    }
}
