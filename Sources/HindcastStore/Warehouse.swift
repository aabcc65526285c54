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
    /// The connection pool: one writer, concurrent readers.
    public let pool: DatabasePool

    private init(path: String, pool: DatabasePool) {
        self.path = path
        self.pool = pool
    }

    /// Opens the warehouse at `path`, creating and migrating it when needed.
    ///
    /// Refuses a file written by a newer schema, a file that is not a database, and a locked file,
    /// each with a one-line error naming the file.
    public static func open(path: String) throws -> Warehouse {
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent().path
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) || !isDirectory.boolValue {
            throw WarehouseError(.cannotOpen("directory \(directory) does not exist"), path: path)
        }
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
            return Warehouse(path: path, pool: pool)
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
