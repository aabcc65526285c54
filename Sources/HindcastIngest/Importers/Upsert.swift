import GRDB

/// Inserts rows or updates them in place by key, and counts what actually changed, so that
/// re-importing the same file reports (and does) nothing.
struct Upsert {
    private let statement: Statement
    private let table: String
    let columns: [String]
    /// Rows in the table before the first write.
    private let before: Int
    private(set) var changed = 0

    /// `unchecked` columns are written with the row but a difference in them alone is no change.
    init(_ db: Database, table: String, columns: [String], key: [String], unchecked: [String] = []) throws {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ",")
        let updatable = columns.filter { !key.contains($0) }
        let assignments = updatable.map { "\($0) = excluded.\($0)" }.joined(separator: ", ")
        let differs = updatable.filter { !unchecked.contains($0) }.map { "\(table).\($0) IS NOT excluded.\($0)" }
            .joined(separator: " OR ")
        let conflict =
            updatable.isEmpty
            ? "DO NOTHING" : "DO UPDATE SET \(assignments) WHERE \(differs)"
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES (\(placeholders))
            ON CONFLICT (\(key.joined(separator: ","))) \(conflict)
            """
        statement = try db.makeStatement(sql: sql)
        self.table = table
        self.columns = columns
        before = try Self.count(db, table)
    }

    /// Writes one row whose values follow `columns`.
    mutating func write(_ values: [(any DatabaseValueConvertible)?], db: Database) throws {
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
        changed += db.changesCount
    }

    /// Writes one row given as column → value (absent columns are NULL).
    mutating func write(_ row: [String: (any DatabaseValueConvertible)?], db: Database) throws {
        try write(columns.map { row[$0] ?? nil }, db: db)
    }

    /// What the writes so far did to the table.
    func delta(_ db: Database) throws -> TableDelta {
        TableDelta(before: before, after: try Self.count(db, table), changed: changed)
    }

    private static func count(_ db: Database, _ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
    }
}

/// Counts of one import's effect on a table.
struct TableDelta {
    let before: Int
    let after: Int
    let changed: Int

    var inserted: Int { after - before }
    var updated: Int { changed - inserted }
}
