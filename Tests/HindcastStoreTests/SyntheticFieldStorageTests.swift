import Foundation
import GRDB
import HindcastStore
import Testing

/// A table with one synthetic-field list, declared as the warehouse's four lists are: the JSON
/// column generated from its bits and text columns, which come last.
enum ListProbeColumn: Int, TableColumn {
    case id, list, listBits, listText

    static let table = TableDeclaration(
        Self.self, name: "p", dataset: .nbaRaw, kind: .raw, summary: "List probe", key: [.id], partition: nil)

    var declaration: ColumnDeclaration {
        switch self {
        case .id: ColumnDeclaration("id", .integer, .notNull, "Key")
        case .list: .syntheticFieldList("list", description: "A list")
        case .listBits: .syntheticFieldBits(of: "list")
        case .listText: .syntheticFieldText(of: "list")
        }
    }
}

/// Records which columns a row's digest covers.
final class DigestColumns: InsertedRowSink, @unchecked Sendable {
    var columns: [String] = []
    func rowDigest(columns: [String], values: [DatabaseValue]) -> UInt64 {
        self.columns = columns
        return 0
    }
    func inserted(table: String, digest: UInt64) {}
}

/// Synthetic-field lists are stored as bits over a frozen vocabulary (or, when the bits cannot
/// spell a list, as its own text) and read back through the generated JSON column byte for byte
/// as the writer gave them.
@Suite struct SyntheticFieldStorageTests {
    private func table() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        let list = try #require(ListProbeColumn.list.declaration.generatedSQL)
        try queue.write { db in
            try db.execute(
                sql: """
                    CREATE TABLE p (id INTEGER PRIMARY KEY, list TEXT NOT NULL GENERATED ALWAYS AS (\(list)) VIRTUAL,
                    list_bits INTEGER NOT NULL DEFAULT 0, list_text TEXT)
                    """)
        }
        return queue
    }

    @Test func everyListReadsBackAsWrittenAndOnlyListsTheBitsCannotSpellKeepTheirText() throws {
        let vocabulary = SyntheticFieldList.vocabulary
        let spelled = (0..<(1 << vocabulary.count)).map { mask in
            "["
                + vocabulary.indices.filter { mask & (1 << $0) != 0 }.map { "\"\(vocabulary[$0])\"" }
                .joined(separator: ",") + "]"
        }
        let unspelled = [
            "[\"player_age\",\"player_set\"]",  // another order
            "[\"game_spread\",\"starters_out_count\"]",  // a name outside the vocabulary
            "[\"player_set\",\"player_set\"]",  // a repeat
            "[\"player_set\", \"game_total\"]",  // other spacing
        ]
        let lists = spelled + unspelled
        let queue = try table()
        let digest = DigestColumns()
        try queue.write { db in
            let inserter = try RowInserter(db, ListProbeColumn.self, sink: digest)
            for (id, list) in lists.enumerated() {
                try inserter.insert([.id: id, .list: list] as TableRow<ListProbeColumn>)
            }
        }
        #expect(digest.columns == ["id", "list"])
        let stored = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT list, list_bits, list_text FROM p ORDER BY id").map {
                (list: $0[0] as String, bits: $0[1] as Int64, text: $0[2] as String?)
            }
        }
        #expect(stored.map(\.list) == lists)
        #expect(stored.prefix(spelled.count).map(\.bits) == spelled.indices.map(Int64.init))
        #expect(stored.prefix(spelled.count).allSatisfy { $0.text == nil })
        #expect(stored.suffix(unspelled.count).map(\.text) == unspelled)
        #expect(stored.suffix(unspelled.count).allSatisfy { $0.bits == 0 })
    }

    @Test func aRowWithoutItsListIsRefusedAsBefore() throws {
        let queue = try table()
        #expect(throws: DatabaseError.self) {
            try queue.write { db in
                try RowInserter(db, ListProbeColumn.self, sink: nil).insert([.id: 1] as TableRow<ListProbeColumn>)
            }
        }
        #expect(try queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM p") } == 0)
    }
}
