import Foundation
import GRDB

/// The embedded SQLite warehouse: one file, WAL mode, every table of the pipeline.
///
/// Tables live under their plain names in the file. Read-only connections used by `hindcast sql`
/// attach the same file again under each dataset name (`nba_raw`, `nba_analytics`, ...), so that
/// the reference's dataset-qualified SQL runs unchanged while every write stays in one file.
public final class Warehouse: Sendable {
    /// The warehouse file.
    public let path: String
    /// The connection pool: one writer, concurrent readers (read-only when `isReadOnly`).
    public let pool: DatabasePool
    /// Whether the warehouse was opened read-only (`openReadOnly`): nothing can be written.
    public let isReadOnly: Bool
    /// The writer lock held while this warehouse is open, when opened with `openForWriting`.
    public let writerLock: WarehouseLock?

    private init(path: String, pool: DatabasePool, isReadOnly: Bool = false, writerLock: WarehouseLock? = nil) {
        self.path = path
        self.pool = pool
        self.isReadOnly = isReadOnly
        self.writerLock = writerLock
    }

    /// Opens the warehouse at `path`, creating and migrating it when needed.
    ///
    /// Refuses a file written by a newer schema, a file that is not a database, and a locked file,
    /// each with a one-line error naming the file. Takes no writer lock (see `openForWriting`).
    public static func open(path: String) throws -> Warehouse {
        try open(path: path, writerLock: nil)
    }

    /// Opens the warehouse at `path` for a command that writes (backfill, import, train): first
    /// takes the writer lock beside it (`PATH.lock`), so a second writer is refused with "warehouse
    /// is busy: another hindcast is writing (pid N)" instead of racing this one, then opens,
    /// creating and migrating as `open` does. The lock is held until the process exits.
    public static func openForWriting(path: String) throws -> Warehouse {
        try checkDirectory(of: path)
        let lock = try WarehouseLock.acquire(for: path)
        return try open(path: path, writerLock: lock)
    }

    private static func checkDirectory(of path: String) throws {
        let directory = URL(fileURLWithPath: path).deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw WarehouseError(.cannotOpen("directory \(directory) does not exist"), path: path)
        }
    }

    private static func open(path: String, writerLock: WarehouseLock?) throws -> Warehouse {
        try checkDirectory(of: path)
        var configuration = Configuration()
        configuration.busyMode = .timeout(10)
        configuration.label = "hindcast"
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA page_size = 16384")
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            // Checkpoint the WAL every ~40 MB instead of every 4 MB: a backfill commits thousands of
            // small transactions, and each checkpoint copies and syncs the pages written since the last.
            try db.execute(sql: "PRAGMA wal_autocheckpoint = 10000")
        }
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let migrator = WarehouseMigrations.migrator
            let unknown = try pool.read { db in
                try migrator.appliedIdentifiers(db).subtracting(migrator.migrations)
            }
            if !unknown.isEmpty {
                throw WarehouseError(.newerSchema(unknown.sorted()), path: path)
            }
            try migrator.migrate(pool)
            return Warehouse(path: path, pool: pool, writerLock: writerLock)
        } catch let error as DatabaseError {
            throw Warehouse.translate(error, path: path)
        } catch let error as TableRebuildError {
            throw WarehouseError(.cannotOpen(error.description), path: path)
        }
    }

    /// Opens an existing warehouse read-only, for commands that only look (`sql`, `status`,
    /// `coverage`, `report`, ...): never creates, migrates or changes the file, and works on a file
    /// the user may not write.
    ///
    /// A missing or empty file is "no warehouse at PATH"; a warehouse from a newer hindcast is
    /// refused; one from an older hindcast is read when the migrations it lacks are all in
    /// `readableWithout`, else the error says which command migrates it.
    public static func openReadOnly(path: String) throws -> Warehouse {
        try openReadOnly(
            path: path, migrator: WarehouseMigrations.migrator,
            readableWithout: WarehouseMigrations.readableWithout)
    }

    /// `openReadOnly` against a given list of migrations (tests pass their own).
    static func openReadOnly(
        path: String, migrator: DatabaseMigrator, readableWithout: Set<String>
    ) throws
        -> Warehouse
    {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw WarehouseError(.missing, path: path)
        }
        if isDirectory.boolValue {
            throw WarehouseError(.cannotOpen("it is a directory"), path: path)
        }
        let size = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? nil
        if size == 0 {
            throw WarehouseError(.empty, path: path)
        }
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        configuration.label = "hindcast-read"
        do {
            let pool = try DatabasePool(path: path, configuration: configuration)
            let applied = try pool.read { db in try migrator.appliedIdentifiers(db) }
            let unknown = applied.subtracting(migrator.migrations)
            if !unknown.isEmpty {
                throw WarehouseError(.newerSchema(unknown.sorted()), path: path)
            }
            if applied.isEmpty {
                let tables = try pool.read { db in
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'") ?? 0
                }
                if tables == 0 { throw WarehouseError(.empty, path: path) }
                throw WarehouseError(.notADatabase, path: path)
            }
            let missing = migrator.migrations.filter { !applied.contains($0) && !readableWithout.contains($0) }
            if !missing.isEmpty {
                throw WarehouseError(.olderSchema(missing), path: path)
            }
            return Warehouse(path: path, pool: pool, isReadOnly: true)
        } catch let error as DatabaseError {
            throw Warehouse.translate(error, path: path)
        }
    }

    /// Runs `body` in a read transaction.
    public func read<T: Sendable>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.read(body)
        } catch let error as DatabaseError {
            throw Warehouse.translate(error, path: path)
        }
    }

    /// Runs `body` in one write transaction: all of it commits, or none of it.
    public func write<T: Sendable>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try pool.write(body)
        } catch let error as DatabaseError {
            throw Warehouse.translate(error, path: path)
        }
    }

    /// Whether the warehouse holds no imported games yet.
    public func hasNoGames() throws -> Bool {
        try read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM (SELECT 1 FROM player_boxscores LIMIT 1)") == 0
        }
    }

    /// Maps SQLite's errors to one-line warehouse errors; other errors pass through.
    static func translate(_ error: DatabaseError, path: String) -> any Error {
        switch error.resultCode {
        case .SQLITE_NOTADB, .SQLITE_CORRUPT:
            return WarehouseError(.notADatabase, path: path)
        case .SQLITE_BUSY, .SQLITE_LOCKED:
            return WarehouseError(.locked, path: path)
        case .SQLITE_CANTOPEN:
            return WarehouseError(.cannotOpen(error.message ?? "unable to open the file"), path: path)
        default:
            return error
        }
    }
}
