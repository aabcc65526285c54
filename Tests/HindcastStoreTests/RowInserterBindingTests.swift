import Foundation
import GRDB
import HindcastStore
import Testing

/// A five-column table of every SQLite storage class, declared as the warehouse's tables are.
enum ProbeColumn: Int, TableColumn {
    case id, n, x, s, b

    static let table = TableDeclaration(
        Self.self, name: "t", dataset: .nbaRaw, kind: .raw, summary: "Binding probe", key: [.id], partition: nil)

    var declaration: ColumnDeclaration {
        switch self {
        case .id: ColumnDeclaration("id", .integer, .notNull, "Key")
        case .n: ColumnDeclaration("n", .integer, .nullable, "An integer")
        case .x: ColumnDeclaration("x", .real, .nullable, "A real")
        case .s: ColumnDeclaration("s", .text, .nullable, "A text")
        case .b: ColumnDeclaration("b", .text, .nullable, "A blob (no declared blob type; bound as bytes)")
        }
    }
}

/// `RowInserter` binds each row's values to its statement itself: every storage class must come
/// back as written, row after row, and a failed insert must neither write nor poison the next.
@Suite struct RowInserterBindingTests {
    private func row(_ values: [(any DatabaseValueConvertible)?]) -> TableRow<ProbeColumn> {
        var row = TableRow<ProbeColumn>()
        for (column, value) in zip(ProbeColumn.allCases, values) { row[column] = value }
        return row
    }

    private func table() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        try queue.write { db in
            try db.execute(sql: "CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, x REAL, s TEXT, b BLOB)")
        }
        return queue
    }

    @Test func everyStorageClassRoundTripsRowAfterRow() throws {
        let queue = try table()
        let rows: [[(any DatabaseValueConvertible)?]] = [
            [1, 42, 1.5, "plain", Data([0, 1, 2])],
            [2, nil, nil, nil, nil],
            [3, Int64.min, -0.1, "Dončić \"quoted\" \\ tab\t", Data()],
            [4, 7, 3.0, "", nil],
        ]
        try queue.write { db in
            let inserter = try RowInserter(db, ProbeColumn.self, sink: nil)
            for values in rows { try inserter.insert(row(values)) }
        }
        let stored = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, n, x, s, b FROM t ORDER BY id").map { Array($0.databaseValues) }
        }
        #expect(stored == rows.map { $0.map { $0?.databaseValue ?? .null } })
    }

    @Test func aFailedInsertWritesNothingAndTheNextOneBindsAfresh() throws {
        let queue = try table()
        try queue.write { db in
            let inserter = try RowInserter(db, ProbeColumn.self, sink: nil)
            try inserter.insert(row([1, 1, 1.0, "first", nil]))
            #expect(throws: DatabaseError.self) { try inserter.insert(row([1, 2, 2.0, "duplicate key", nil])) }
            try inserter.insert(row([2, 3, 3.0, "second", nil]))
        }
        let stored = try queue.read { db in
            try Row.fetchAll(db, sql: "SELECT id, n, s FROM t ORDER BY id").map {
                "\($0[0] as Int) \($0[1] as Int) \($0[2] as String)"
            }
        }
        #expect(stored == ["1 1 first", "2 3 second"])
    }
}
