import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// `ColumnInsert` and `ColumnUpdate`, the typed writes of chosen columns: their statements are
/// built from the column enums, and on a migrated warehouse they write exactly the chosen columns
/// of exactly the chosen rows.
@Suite struct ColumnWriteTests {
    typealias Registry = PlayerRegistryColumn

    static let widen = ColumnUpdate<Registry>(
        [.earliest(.firstGameDate), .latest(.lastGameDate)], where: .columns([.universalPlayerId]))

    func registry(_ db: Database) throws -> [[String?]] {
        try Row.fetchAll(db, sql: "SELECT \(Registry.selection) FROM player_registry ORDER BY universal_player_id")
            .map { row in Registry.allCases.map { row[$0.index] as String? } }
    }

    @Test func theStatementsAreSpelledFromTheColumnEnums() {
        #expect(
            ColumnInsert<PlayerAliasesColumn>(PlayerAliasesColumn.allCases, onConflict: .ignore).sql
                == "INSERT OR IGNORE INTO player_aliases (alias_lookup, universal_player_id, alias_name, source) "
                + "VALUES (?, ?, ?, ?)")
        #expect(
            Self.widen.sql
                == "UPDATE player_registry SET first_game_date = MIN(COALESCE(first_game_date, ?), ?), "
                + "last_game_date = MAX(COALESCE(last_game_date, ?), ?) WHERE universal_player_id = ? AND "
                + "(first_game_date IS NULL OR first_game_date > ? OR last_game_date IS NULL OR last_game_date < ?)")
        #expect(
            ColumnUpdate<InjuryReportsColumn>([.value(.playerLookup), .value(.universalPlayerId)], where: .rowID).sql
                == "UPDATE injury_reports SET player_lookup = ?, universal_player_id = ? WHERE rowid = ?")
    }

    @Test func aWideningUpdateMovesOnlyTheEndsADateFallsOutsideAndWritesNothingInside() throws {
        let seeded = try TestWarehouse.empty()
        try seeded.warehouse.write { db in
            let insert = ColumnInsert<Registry>(Registry.allCases)
            #expect(
                try insert.execute(
                    [
                        .universalPlayerId: "jamesle01", .playerLookup: "lebronjames", .playerName: "LeBron James",
                        .firstGameDate: "2021-11-10", .lastGameDate: "2021-11-20",
                    ], db))
            // Only some columns: the dates stay NULL until a game widens them.
            try ColumnInsert<Registry>([.universalPlayerId, .playerLookup, .playerName]).execute(
                [.universalPlayerId: "curryst01", .playerLookup: "stephencurry", .playerName: "Stephen Curry"], db)
            func widen(_ id: String, _ date: String) throws -> Int {
                try Self.widen.execute([.universalPlayerId: id, .firstGameDate: date, .lastGameDate: date], db)
            }
            #expect(try widen("jamesle01", "2021-11-15") == 0)
            #expect(try widen("jamesle01", "2021-11-01") == 1)
            #expect(try widen("jamesle01", "2021-12-01") == 1)
            #expect(try widen("curryst01", "2021-11-05") == 1)
            #expect(try widen("nobody01", "2021-11-05") == 0)
            #expect(
                try registry(db) == [
                    ["curryst01", "stephencurry", "Stephen Curry", "2021-11-05", "2021-11-05"],
                    ["jamesle01", "lebronjames", "LeBron James", "2021-11-01", "2021-12-01"],
                ])
            // The same key again fails, as a plain insert does.
            #expect(throws: DatabaseError.self) {
                try insert.execute([.universalPlayerId: "jamesle01", .playerLookup: "x", .playerName: "X"], db)
            }
        }
    }

    @Test func anIgnoredConflictKeepsTheStoredRow() throws {
        let seeded = try TestWarehouse.empty()
        let insert = ColumnInsert<PlayerAliasesColumn>(PlayerAliasesColumn.allCases, onConflict: .ignore)
        let rows = try seeded.warehouse.write { db -> [[String]] in
            #expect(
                try insert.execute(
                    [
                        .aliasLookup: "lukadoncic", .universalPlayerId: "doncilu01", .aliasName: "Luka Dončić",
                        .source: "a",
                    ],
                    db))
            #expect(
                try !insert.execute(
                    [
                        .aliasLookup: "lukadoncic", .universalPlayerId: "doncilu01", .aliasName: "Luka Doncic",
                        .source: "b",
                    ],
                    db))
            return try Row.fetchAll(db, sql: "SELECT alias_name, source FROM player_aliases").map { [$0[0], $0[1]] }
        }
        #expect(rows == [["Luka Dončić", "a"]])
    }

    @Test func anUpdateByRowIDSetsTheChosenColumnsOfThatRowOnly() throws {
        let seeded = try TestWarehouse.empty()
        let rows = try seeded.warehouse.write { db -> [[String?]] in
            for name in ["Alpha", "Beta"] {
                try ColumnInsert<Registry>(Registry.allCases).execute(
                    [
                        .universalPlayerId: name.lowercased(), .playerLookup: name.lowercased(), .playerName: name,
                        .firstGameDate: "2021-11-01", .lastGameDate: "2021-11-02",
                    ], db)
            }
            let rowID = try #require(
                try Int64.fetchOne(db, sql: "SELECT rowid FROM player_registry WHERE universal_player_id = 'beta'"))
            let update = ColumnUpdate<Registry>([.value(.playerLookup), .value(.lastGameDate)], where: .rowID)
            // Values of columns the update does not set are not written.
            let changed = try update.execute(
                [.playerLookup: "beta2", .lastGameDate: nil, .playerName: "Ignored"], rowID: rowID, db)
            #expect(changed == 1)
            return try registry(db)
        }
        #expect(
            rows == [
                ["alpha", "alpha", "Alpha", "2021-11-01", "2021-11-02"], ["beta", "beta2", "Beta", "2021-11-01", nil],
            ])
    }
}
