import Foundation
import GRDB

/// Runs users' SQL against the warehouse without any chance of writing, with the reference's
/// dataset names (`nba_precompute.team_defense_zone_analysis`) resolving to the tables.
public enum ReadOnlySQL {
    /// Runs one statement and returns its columns and rows.
    public static func query(_ sql: String, warehousePath path: String) throws -> QueryResult {
        var configuration = Configuration()
        configuration.readonly = true
        configuration.busyMode = .timeout(10)
        let queue: DatabaseQueue
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
        } catch let error as DatabaseError {
            throw Warehouse.translate(error, path: path)
        }
        do {
            return try queue.inDatabase { db in
                try db.execute(sql: "PRAGMA query_only = 1")
                for dataset in Dataset.allCases {
                    try db.execute(sql: "ATTACH DATABASE ? AS \(dataset.rawValue)", arguments: [path])
                }
                let statement = try db.makeStatement(sql: sql)
                guard statement.isReadonly else {
                    throw WarehouseError(.readOnlyViolation(sql), path: path)
                }
                let columns = statement.columnNames
                let rows = try Row.fetchAll(statement).map { row in
                    Array(row.databaseValues.map(SQLCell.init))
                }
                return QueryResult(columns: columns, rows: rows)
            }
        } catch let error as DatabaseError {
            switch error.resultCode {
            case .SQLITE_NOTADB, .SQLITE_CORRUPT, .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_CANTOPEN:
                throw Warehouse.translate(error, path: path)
            default:
                throw WarehouseError(.invalidSQL(error.message ?? "\(error)"), path: path)
            }
        }
    }
}
