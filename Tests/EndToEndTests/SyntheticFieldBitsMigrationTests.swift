import Foundation
import GRDB
import HindcastContext
import HindcastTestSupport
import Testing

@testable import HindcastStore

/// Migration `v5-synthetic-field-bits` and the writers after it: the four synthetic-field lists of
/// the January week's backfill are stored as bits, a warehouse of the schema before migrates with
/// every row reading as it did (lists the bits cannot spell included), and the vocabulary is the
/// context module's own order.
@Suite struct SyntheticFieldBitsMigrationTests {
    static let lists = SyntheticFieldBitsV5.lists

    @Test func theVocabularyIsThePlayerSetMarkerThenTheSnapshotOnlyFieldsInTheContextModulesOrder() {
        #expect(SyntheticFieldList.vocabulary == [ContextFields.playerSetMarker] + ContextFields.snapshotOnly)
    }

    @Test func theJanuaryWeeksListsAreStoredAsBitsAndReadBackAsTheirText() throws {
        let warehouse = try JanuaryWeekTests.fixture.get().warehouse
        for (table, column) in Self.lists {
            let rows = try warehouse.read { db in
                try Row.fetchAll(db, sql: "SELECT \(column), \(column)_bits, \(column)_text FROM \(table)").map {
                    (list: $0[0] as String, bits: $0[1] as Int64, text: $0[2] as String?)
                }
            }
            #expect(rows.count > 1000, "\(table)")
            #expect(rows.allSatisfy { $0.text == nil }, "\(table): every list the writers wrote is spelled by bits")
            #expect(rows.allSatisfy { $0.list == SyntheticFieldList.text(bits: $0.bits) }, "\(table)")
            #expect(rows.contains { $0.bits != 0 }, "\(table): synthetic lists")
        }
    }

    /// Every row of `table` in key order, as text, in the columns `columns`.
    static func rows(_ db: Database, _ table: String, columns: String) throws -> [[String]] {
        let key = try #require(WarehouseCatalog.declaration(named: table)).key.joined(separator: ", ")
        return try Row.fetchAll(db, sql: "SELECT \(columns) FROM \(table) ORDER BY \(key)").map {
            $0.databaseValues.map(\.description)
        }
    }

    @Test func aWarehouseOfTheSchemaBeforeMigratesAndEveryListReadsAsItDid() throws {
        let source = try JanuaryWeekTests.fixture.get()
        let directory = TemporaryDirectory()
        let path = try StorageMigrationTests.previousSchemaCopy(
            of: source.warehouse, in: directory, upTo: "v4-compact-storage")
        // Lists the bits cannot spell: another order, a name outside the vocabulary.
        let odd = ["[\"player_age\",\"player_set\"]", "[\"game_spread\",\"starters_out_count\"]"]
        var before: [String: [[String]]] = [:]
        var columns: [String: String] = [:]
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            for (table, column) in Self.lists {
                for (offset, list) in odd.enumerated() {
                    try db.execute(
                        sql: "UPDATE \(table) SET \(column) = ? WHERE rowid = (SELECT MIN(rowid) + ? FROM \(table))",
                        arguments: [list, offset])
                }
                columns[table] = try String.fetchAll(
                    db, sql: "SELECT name FROM pragma_table_xinfo(?)", arguments: [table]
                )
                .joined(separator: ", ")
                before[table] = try Self.rows(db, table, columns: columns[table]!)
            }
        }
        try queue.close()

        let migrated = try Warehouse.open(path: path)
        defer { try? migrated.pool.close() }
        try migrated.read { db in
            for (table, column) in Self.lists {
                let after = try Self.rows(db, table, columns: columns[table]!)
                #expect(after.count == before[table]?.count && after.count > 1000, "\(table) row count")
                #expect(after == before[table], "\(table) rows")
                let kept = try String.fetchAll(
                    db, sql: "SELECT \(column)_text FROM \(table) WHERE \(column)_text IS NOT NULL ORDER BY rowid")
                #expect(kept == odd, "\(table): the lists the bits cannot spell keep their text")
                let hidden = try Int.fetchOne(
                    db, sql: "SELECT hidden FROM pragma_table_xinfo(?) WHERE name = ?", arguments: [table, column])
                #expect(hidden == 2, "\(table).\(column) is generated")
            }
        }
    }
}
