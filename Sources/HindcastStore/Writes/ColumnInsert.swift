import GRDB

/// An insert of chosen columns of a declared table, for writers that add one row at a time (the
/// player registry, per box score): the statement's text is built once, from the column enum, and
/// each write runs it through the connection's statement cache.
public struct ColumnInsert<Column: TableColumn>: Sendable {
    /// What happens when a row with the same key or unique columns is already there.
    public enum Conflict: Sendable {
        /// The insert fails (SQLite's default).
        case fail
        /// The row is left out and the stored one kept (`INSERT OR IGNORE`).
        case ignore
    }

    /// The inserted columns, in bind order.
    public let columns: [Column]
    /// `INSERT [OR IGNORE] INTO table (columns...) VALUES (?...)`.
    public let sql: String

    /// Inserts `columns`; the others take their default (NULL, or the next row id for an
    /// `AUTOINCREMENT` key).
    public init(_ columns: [Column], onConflict conflict: Conflict = .fail) {
        precondition(Set(columns).count == columns.count, "\(Column.table.name): a column is inserted twice")
        precondition(!columns.contains { $0.declaration.isGenerated }, "\(Column.table.name): a generated column")
        self.columns = columns
        let verb = conflict == .ignore ? "INSERT OR IGNORE" : "INSERT"
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ", ")
        sql =
            "\(verb) INTO \(Column.table.name) (\(columns.map(\.name).joined(separator: ", "))) VALUES (\(placeholders))"
    }

    /// Inserts `row`'s values of the chosen columns; returns whether a row went in (`false` when
    /// an ignored conflict kept the stored one).
    @discardableResult
    public func execute(_ row: TableRow<Column>, _ db: Database) throws -> Bool {
        let statement = try db.cachedStatement(sql: sql)
        statement.setUncheckedArguments(StatementArguments(columns.map { row.value($0) }))
        try statement.execute()
        return db.changesCount > 0
    }
}
