import GRDB

/// Receives every row a `RowInserter` writes (the runner hashes a run's output this way instead of
/// reading the partition back).
public protocol InsertedRowSink: AnyObject, Sendable {
    /// A digest of one row's values in column order; pure, so rows can be prepared on any thread.
    func rowDigest(columns: [String], values: [(any DatabaseValueConvertible)?]) -> UInt64
    /// Records, in insertion order, that a row with this digest went into `table`.
    func inserted(table: String, digest: UInt64)
}

/// A row ready to insert: its arguments converted and its digest computed, off the writer's thread
/// when the processor builds rows in parallel.
public struct PreparedRow: @unchecked Sendable {
    let arguments: StatementArguments
    let digest: UInt64?
}

/// Inserts rows into one table through one prepared statement, for partition writes.
///
/// Columns are named once; each row gives its values in that order.
public struct RowInserter {
    private let statement: Statement
    private let table: String
    private let positions: [String: Int]
    private let sink: (any InsertedRowSink)?
    /// The column names, in value order.
    public let columns: [String]

    /// Prepares `INSERT INTO table (columns...) VALUES (?...)` on `db`; every inserted row is also
    /// handed to `sink` (processors pass their request's output digest).
    public init(_ db: Database, table: String, columns: [String], sink: (any InsertedRowSink)?) throws {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ",")
        let sql = "INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES (\(placeholders))"
        self.statement = try db.cachedStatement(sql: sql)
        self.table = table
        self.columns = columns
        self.sink = sink
        self.positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    }

    /// The position of `column` in a row of values.
    public func slot(_ column: String) throws -> Int {
        guard let position = positions[column] else { throw RowInserterError(table: table, column: column) }
        return position
    }

    /// A row of NULLs, to fill by slot.
    public var emptyRow: [(any DatabaseValueConvertible)?] { Array(repeating: nil, count: columns.count) }

    /// Converts a row whose values follow `columns` (safe on any thread).
    public func prepare(_ values: [(any DatabaseValueConvertible)?]) -> PreparedRow {
        precondition(values.count == columns.count, "row has \(values.count) values for \(columns.count) columns")
        return PreparedRow(
            arguments: StatementArguments(values), digest: sink?.rowDigest(columns: columns, values: values))
    }

    /// Converts a row given as column → value (safe on any thread).
    public func prepare(_ row: [String: (any DatabaseValueConvertible)?]) throws -> PreparedRow {
        prepare(try ordered(row))
    }

    /// Inserts a prepared row.
    public func insert(_ row: PreparedRow) throws {
        statement.setUncheckedArguments(row.arguments)
        try statement.execute()
        if let digest = row.digest { sink?.inserted(table: table, digest: digest) }
    }

    /// Inserts one row whose values follow `columns`.
    public func insert(_ values: [(any DatabaseValueConvertible)?]) throws {
        try insert(prepare(values))
    }

    /// Inserts one row given as column → value; absent columns are NULL, and a key that is not a
    /// column of the table is an error rather than a silently dropped value.
    public func insert(_ row: [String: (any DatabaseValueConvertible)?]) throws {
        try insert(try ordered(row))
    }

    /// The values of a row given as column → value, in column order (safe to call from several
    /// threads: it only reads the column positions).
    public func ordered(_ row: [String: (any DatabaseValueConvertible)?]) throws -> [(any DatabaseValueConvertible)?] {
        var values = emptyRow
        for (column, value) in row { values[try slot(column)] = value }
        return values
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
}
