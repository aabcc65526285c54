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

/// What rows of one insert look like: the declared table, its columns in table order and where
/// digests go. It is `Sendable` and holds no statement, so rows are prepared with it on any thread;
/// only the `RowInserter` that owns the statement inserts them, on the writer's thread.
public struct RowLayout: Sendable {
    public let table: String
    /// The column names, in table order.
    public let columns: [String]
    private let sink: (any InsertedRowSink)?

    /// The layout of every column of a declared table, in table order.
    public init<Column: TableColumn>(_ column: Column.Type, sink: (any InsertedRowSink)?) {
        self.table = Column.table.name
        self.columns = Column.table.columns.map(\.name)
        self.sink = sink
    }

    /// A typed row of this layout's table, ready to insert.
    public func prepare<Column: TableColumn>(_ row: TableRow<Column>) -> PreparedRow {
        precondition(Column.table.name == table, "a \(Column.table.name) row prepared for \(table)")
        return PreparedRow(values: row.values, digest: sink?.rowDigest(columns: columns, values: row.values))
    }

    fileprivate func inserted(_ row: PreparedRow) {
        if let digest = row.digest { sink?.inserted(table: table, digest: digest) }
    }
}

/// Inserts rows into one declared table through one prepared statement, for partition writes. It
/// owns the statement, so it stays on the writer's thread; rows built in parallel are prepared with
/// its `layout`.
public struct RowInserter {
    private let statement: Statement
    /// The rows' shape, safe to use from any thread.
    public let layout: RowLayout
    /// The column names, in table order.
    public var columns: [String] { layout.columns }

    /// Prepares `INSERT INTO table (columns...) VALUES (?...)` for every column of a declared table
    /// on `db`; every inserted row is also handed to `sink` (processors pass their request's output
    /// digest).
    public init<Column: TableColumn>(_ db: Database, _ column: Column.Type, sink: (any InsertedRowSink)?) throws {
        let layout = RowLayout(column, sink: sink)
        let placeholders = Array(repeating: "?", count: layout.columns.count).joined(separator: ",")
        let sql =
            "INSERT INTO \(layout.table) (\(layout.columns.joined(separator: ","))) VALUES (\(placeholders))"
        self.statement = try db.cachedStatement(sql: sql)
        self.layout = layout
        // Marks the statement's arguments as set, so `insert` can bind each row's values in place
        // and `execute()` only resets it (GRDB's `StatementArguments` would convert every value
        // through a key path first).
        statement.setUncheckedArguments(
            StatementArguments([DatabaseValue](repeating: .null, count: layout.columns.count)))
    }

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
