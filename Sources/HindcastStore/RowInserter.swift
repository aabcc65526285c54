import GRDB
import GRDBSQLite

/// Receives every row a `RowInserter` writes (the runner hashes a run's output this way instead of
/// reading the partition back).
public protocol InsertedRowSink: AnyObject, Sendable {
    /// A digest of one row's values in column order; pure, so rows can be prepared on any thread.
    func rowDigest(columns: [String], values: [DatabaseValue]) -> UInt64
    /// Records, in insertion order, that a row with this digest went into `table`.
    func inserted(table: String, digest: UInt64)
}

/// A row ready to insert: its values in column order and its digest, computed off the writer's
/// thread when the processor builds rows in parallel.
public struct PreparedRow: Sendable {
    let values: [DatabaseValue]
    let digest: UInt64?
}

/// What rows of one insert look like: the table, its columns in value order and where digests go.
/// It is `Sendable` and holds no statement, so rows are prepared with it on any thread; only the
/// `RowInserter` that owns the statement inserts them, on the writer's thread.
public struct RowLayout: Sendable {
    public let table: String
    /// The column names, in value order.
    public let columns: [String]
    private let sink: (any InsertedRowSink)?
    private let positions: [String: Int]

    public init(table: String, columns: [String], sink: (any InsertedRowSink)?) {
        self.table = table
        self.columns = columns
        self.sink = sink
        self.positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) })
    }

    /// The layout of every column of a declared table, in table order.
    public init<Column: TableColumn>(_ column: Column.Type, sink: (any InsertedRowSink)?) {
        self.init(table: Column.table.name, columns: Column.table.columns.map(\.name), sink: sink)
    }

    /// The position of `column` in a row of values.
    public func slot(_ column: String) throws -> Int {
        guard let position = positions[column] else { throw RowInserterError(table: table, column: column) }
        return position
    }

    /// A row of NULLs, to fill by slot.
    public var emptyRow: [(any DatabaseValueConvertible)?] { Array(repeating: nil, count: columns.count) }

    /// A typed row of this layout's table, ready to insert.
    public func prepare<Column: TableColumn>(_ row: TableRow<Column>) -> PreparedRow {
        precondition(Column.table.name == table, "a \(Column.table.name) row prepared for \(table)")
        return PreparedRow(values: row.values, digest: sink?.rowDigest(columns: columns, values: row.values))
    }

    /// Converts a row whose values follow `columns`.
    public func prepare(_ values: [(any DatabaseValueConvertible)?]) -> PreparedRow {
        precondition(values.count == columns.count, "row has \(values.count) values for \(columns.count) columns")
        let converted = values.map { $0?.databaseValue ?? .null }
        return PreparedRow(values: converted, digest: sink?.rowDigest(columns: columns, values: converted))
    }

    /// Converts a row given as column → value.
    public func prepare(_ row: [String: (any DatabaseValueConvertible)?]) throws -> PreparedRow {
        prepare(try ordered(row))
    }

    /// The values of a row given as column → value, in column order; absent columns are NULL,
    /// and a key that is not a column of the table is an error rather than a silently dropped value.
    public func ordered(_ row: [String: (any DatabaseValueConvertible)?]) throws -> [(any DatabaseValueConvertible)?] {
        var values = emptyRow
        for (column, value) in row { values[try slot(column)] = value }
        return values
    }

    fileprivate func inserted(_ row: PreparedRow) {
        if let digest = row.digest { sink?.inserted(table: table, digest: digest) }
    }
}

/// Inserts rows into one table through one prepared statement, for partition writes. It owns the
/// statement, so it stays on the writer's thread; rows built in parallel are prepared with its
/// `layout`.
public struct RowInserter {
    private let statement: Statement
    /// The rows' shape, safe to use from any thread.
    public let layout: RowLayout
    /// The column names, in value order.
    public var columns: [String] { layout.columns }

    /// Prepares `INSERT INTO table (columns...) VALUES (?...)` on `db`; every inserted row is also
    /// handed to `sink` (processors pass their request's output digest).
    public init(_ db: Database, table: String, columns: [String], sink: (any InsertedRowSink)?) throws {
        try self.init(db, layout: RowLayout(table: table, columns: columns, sink: sink))
    }

    /// Prepares the insert of every column of a declared table.
    public init<Column: TableColumn>(_ db: Database, _ column: Column.Type, sink: (any InsertedRowSink)?) throws {
        try self.init(db, layout: RowLayout(column, sink: sink))
    }

    private init(_ db: Database, layout: RowLayout) throws {
        let placeholders = Array(repeating: "?", count: layout.columns.count).joined(separator: ",")
        let sql =
            "INSERT INTO \(layout.table) (\(layout.columns.joined(separator: ","))) VALUES (\(placeholders))"
        self.statement = try db.cachedStatement(sql: sql)
        self.layout = layout
        // Marks the statement's arguments as set, so `insert` can bind each row's values in place
        // and `execute()` only resets it (GRDB's `StatementArguments` would convert every value
        // through a key path first).
        statement.setUncheckedArguments(StatementArguments(layout.emptyRow))
    }

    /// The position of `column` in a row of values.
    public func slot(_ column: String) throws -> Int { try layout.slot(column) }

    /// A row of NULLs, to fill by slot.
    public var emptyRow: [(any DatabaseValueConvertible)?] { layout.emptyRow }

    /// Inserts a prepared row.
    public func insert(_ row: PreparedRow) throws {
        precondition(row.values.count == layout.columns.count, "row has \(row.values.count) values")
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (index, value) in row.values.enumerated() {
            let code = value.bind(to: handle, at: CInt(index + 1))
            guard code == SQLITE_OK else {
                throw DatabaseError(
                    resultCode: ResultCode(rawValue: code),
                    message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))),
                    sql: statement.sql)
            }
        }
        try statement.execute()
        layout.inserted(row)
    }

    /// Inserts one typed row.
    public func insert<Column: TableColumn>(_ row: TableRow<Column>) throws {
        try insert(layout.prepare(row))
    }

    /// Inserts one row whose values follow `columns`.
    public func insert(_ values: [(any DatabaseValueConvertible)?]) throws {
        try insert(layout.prepare(values))
    }

    /// Inserts one row given as column → value; absent columns are NULL, and a key that is not a
    /// column of the table is an error rather than a silently dropped value.
    public func insert(_ row: [String: (any DatabaseValueConvertible)?]) throws {
        try insert(try layout.ordered(row))
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
