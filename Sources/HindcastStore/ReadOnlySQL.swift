import Foundation
import GRDB

/// Runs users' SQL against the warehouse without any chance of writing, with the reference's
/// dataset names (`nba_precompute.team_defense_zone_analysis`) resolving to the tables.
///
/// The connection is read-only (`SQLITE_OPEN_READONLY` and `query_only`), rows are handed over one
/// at a time as SQLite produces them (nothing holds the whole result), and `stop()` ends a running
/// statement from another thread (Ctrl-C, a timeout).
public final class ReadOnlySQL: Sendable {
    /// The warehouse file.
    public let path: String
    private let queue: DatabaseQueue
    private let stopRequested = Locked(false)

    /// Thrown by `run` when `stop()` ended the statement; `rows` says how many were handed over.
    public struct Stopped: Error, Sendable {
        public let rows: Int
    }

    /// Words that start a transaction-control statement, which `hindcast sql` refuses.
    static let transactionControl: Set<String> = ["BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"]

    /// A read-only connection to the warehouse at `path` (which must exist).
    public init(warehousePath path: String) throws {
        self.path = path
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            try queue.inDatabase { db in
                try db.execute(sql: "PRAGMA query_only = 1")
                for dataset in Dataset.allCases {
                    try db.execute(sql: "ATTACH DATABASE ? AS \(dataset.rawValue)", arguments: [path])
                }
            }
        } catch let error as DatabaseError {
            throw Warehouse.translate(error, path: path)
        }
    }

    /// Runs one statement: `columns` gets the column names, then `row` each row as SQLite produces it.
    /// Refuses statements that would write and transaction control (BEGIN, COMMIT, SAVEPOINT, ...).
    public func run(_ sql: String, columns: ([String]) throws -> Void, row: ([SQLCell]) throws -> Void) throws {
        if let keyword = Self.firstKeyword(of: sql), Self.transactionControl.contains(keyword) {
            throw WarehouseError(.transactionControl(keyword), path: path)
        }
        var handed = 0
        do {
            try queue.inDatabase { db in
                let statement = try db.makeStatement(sql: sql)
                guard statement.isReadonly else {
                    throw WarehouseError(.readOnlyViolation(sql), path: path)
                }
                try columns(statement.columnNames)
                let cursor = try Row.fetchCursor(statement)
                while !isStopRequested, let next = try cursor.next() {
                    try row(next.databaseValues.map(SQLCell.init))
                    handed += 1
                }
            }
        } catch let error as DatabaseError {
            if isStopRequested && error.isInterruptionError { throw Stopped(rows: handed) }
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CANTOPEN:
                throw Warehouse.translate(error, path: path)
            default:
                throw WarehouseError(.invalidSQL(error.message ?? "\(error)"), path: path)
            }
        }
        if isStopRequested { throw Stopped(rows: handed) }
    }

    /// Ends the running statement as soon as SQLite can (any thread); `run` then throws `Stopped`.
    public func stop() {
        stopRequested.withLock { $0 = true }
        queue.interrupt()
    }

    private var isStopRequested: Bool { stopRequested.current }

    /// Runs one statement and returns its columns and rows.
    public static func query(_ sql: String, warehousePath path: String) throws -> QueryResult {
        let connection = try ReadOnlySQL(warehousePath: path)
        var names: [String] = []
        var rows: [[SQLCell]] = []
        try connection.run(sql, columns: { names = $0 }, row: { rows.append($0) })
        return QueryResult(columns: names, rows: rows)
    }

    /// The statement's first word, upper-cased, after white space and comments.
    static func firstKeyword(of sql: String) -> String? {
        var rest = Substring(sql)
        while true {
            rest = rest.drop(while: \.isWhitespace)
            if rest.hasPrefix("--") {
                rest = rest.drop(while: { $0 != "\n" })
            } else if rest.hasPrefix("/*") {
                guard let end = rest.range(of: "*/") else { return nil }
                rest = rest[end.upperBound...]
            } else {
                break
            }
        }
        let word = rest.prefix(while: { $0.isLetter })
        return word.isEmpty ? nil : word.uppercased()
    }
}
