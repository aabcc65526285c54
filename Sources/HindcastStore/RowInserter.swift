import GRDB

/// Inserts rows into one table through one prepared statement, for partition writes.
///
/// Columns are named once; each row gives its values in that order.
public struct RowInserter {
    private let statement: Statement
    private let table: String
    private let positions: [String: Int]
    /// The column names, in value order.
    public let columns: [String]

    /// Prepares `INSERT INTO table (columns...) VALUES (?...)` on `db`.
    public init(_ db: Database, table: String, columns: [String], orReplace: Bool = false) throws {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ",")
        let verb = orReplace ? "INSERT OR REPLACE" : "INSERT"
        let sql = "\(verb) INTO \(table) (\(columns.joined(separator: ","))) VALUES (\(placeholders))"
        self.statement = try db.cachedStatement(sql: sql)
        self.table = table
        self.columns = columns
        self.positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    }

    /// The position of `column` in a row of values.
    public func slot(_ column: String) throws -> Int {
        guard let position = positions[column] else { throw RowInserterError(table: table, column: column) }
        return position
    }

    /// A row of NULLs, to fill by slot.
    public var emptyRow: [(any DatabaseValueConvertible)?] { Array(repeating: nil, count: columns.count) }

    /// Inserts one row whose values follow `columns`.
    public func insert(_ values: [(any DatabaseValueConvertible)?]) throws {
        precondition(values.count == columns.count, "row has \(values.count) values for \(columns.count) columns")
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
    }

    /// Inserts one row given as column → value; absent columns are NULL, and a key that is not a
    /// column of the table is an error rather than a silently dropped value.
    public func insert(_ row: [String: (any DatabaseValueConvertible)?]) throws {
        var values = emptyRow
        for (column, value) in row {
            guard let position = positions[column] else { throw RowInserterError(table: table, column: column) }
            values[position] = value
        }
        try insert(values)
    }
}

/// A row named a column its table does not have.
public struct RowInserterError: Error, CustomStringConvertible {
    public let table: String
    public let column: String

    public var description: String { "\(table) has no column \(column)" }
}

/// Replaces a table's partition for one game day.
public enum Partition {
    /// Deletes every row of `table` whose date column equals `date`; returns how many went.
    @discardableResult
    public static func clear(_ db: Database, table: TableInfo, date: String) throws -> Int {
        guard let column = table.dateColumn else {
            preconditionFailure("\(table.name) is not partitioned by date")
        }
        try db.execute(sql: "DELETE FROM \(table.name) WHERE \(column) = ?", arguments: [date])
        return db.changesCount
    }

    /// The number of rows in `table`'s partition for `date`.
    public static func count(_ db: Database, table: TableInfo, date: String) throws -> Int {
        guard let column = table.dateColumn else { return 0 }
        return try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table.name) WHERE \(column) = ?", arguments: [date])
            ?? 0
    }
}
