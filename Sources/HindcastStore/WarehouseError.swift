import Foundation

/// Why the warehouse could not be opened or used. Each message is one line that names the file.
public struct WarehouseError: Error, CustomStringConvertible, Sendable, Equatable {
    enum Kind: Equatable {
        case notADatabase
        case locked
        case cannotOpen(String)
        case newerSchema([String])
        case olderSchema([String])
        case missing
        case empty
        case busy(pid: Int32?)
        case readOnlyViolation(String)
        case transactionControl(String)
        case invalidSQL(String)
    }

    let kind: Kind
    /// The warehouse file.
    public let path: String

    init(_ kind: Kind, path: String) {
        self.kind = kind
        self.path = path
    }

    public var description: String {
        switch kind {
        case .notADatabase:
            return "\(path): not a Hindcast warehouse (the file is not an SQLite database or is corrupt)"
        case .locked:
            return "\(path): the warehouse is locked by another process; wait for it to finish and retry"
        case .cannotOpen(let reason):
            return "\(path): cannot open the warehouse: \(reason)"
        case .newerSchema(let unknown):
            return
                "\(path): the warehouse was written by a newer hindcast (unknown migrations: \(unknown.joined(separator: ", "))); upgrade hindcast to use it"
        case .olderSchema(let missing):
            return
                "\(path): the warehouse was written by an older hindcast and this one cannot read it without migrating "
                + "(missing migrations: \(missing.joined(separator: ", "))); run `hindcast backfill` (or `import` or "
                + "`train`) on it, which migrates it, then retry"
        case .missing:
            return "no warehouse at \(path) (run `hindcast backfill` or `import` first)"
        case .empty:
            return "no warehouse at \(path): the file is empty (run `hindcast backfill` or `import` first)"
        case .busy(let pid):
            return
                "warehouse is busy: another hindcast is writing (pid \(pid.map(String.init) ?? "unknown")) to \(path); "
                + "retry when it has finished"
        case .readOnlyViolation(let sql):
            return "hindcast sql is read-only; this statement would write: \(sql)"
        case .transactionControl(let keyword):
            return
                "hindcast sql runs one read-only statement in its own transaction; \(keyword) (transaction control) is not allowed"
        case .invalidSQL(let message):
            return "sql error: \(message)"
        }
    }

    /// Whether this error reports a lock held by another process.
    public var isLocked: Bool { kind == .locked }

    /// Whether another hindcast holds the warehouse's writer lock.
    public var isBusy: Bool {
        if case .busy = kind { return true }
        return false
    }
}
