import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport

/// Shared helpers of the end-to-end tests: SQL on the warehouse and JSON from the command line.
enum EndToEnd {
    /// Integer rows of a query, e.g. counts per date.
    static func pairs(
        _ warehouse: Warehouse, _ sql: String, _ arguments: StatementArguments = []
    ) throws
        -> [String: Int]
    {
        try warehouse.read { db in
            Dictionary(
                uniqueKeysWithValues: try Row.fetchAll(db, sql: sql, arguments: arguments).map {
                    ($0[0] as String, $0[1] as Int)
                })
        }
    }

    /// One integer.
    static func count(_ warehouse: Warehouse, _ sql: String, _ arguments: StatementArguments = []) throws -> Int? {
        try warehouse.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) }
    }

    /// Rows as text: strings bare, numbers as GRDB describes them, "NULL" for NULL.
    static func rows(
        _ warehouse: Warehouse, _ sql: String, _ arguments: StatementArguments = []
    ) throws
        -> [[String]]
    {
        try warehouse.read { db in
            try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
                row.databaseValues.map { value -> String in
                    switch value.storage {
                    case .null: return "NULL"
                    case .string(let text): return text
                    default: return value.description
                    }
                }
            }
        }
    }

    /// Runs `hindcast` and decodes its standard output as a JSON object.
    static func json(_ arguments: [String], in directory: String) throws -> [String: Any] {
        let run = try CommandLineRun.hindcast(arguments, in: directory)
        guard run.exitCode == 0 else {
            throw Failure("hindcast \(arguments.joined(separator: " ")) exited \(run.exitCode): \(run.stderr)")
        }
        guard let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any] else {
            throw Failure("not a JSON object: \(run.stdout.prefix(200))")
        }
        return object
    }

    /// Runs `hindcast backfill` on the warehouse and fails unless it exits 0.
    static func backfill(
        _ seeded: SeededWarehouse, from start: String, through end: String, extra: [String] = []
    )
        throws
    {
        let run = try CommandLineRun.hindcast(
            ["backfill", "--db", seeded.path, "--start-date", start, "--end-date", end] + extra,
            in: seeded.directory.path)
        guard run.exitCode == 0 else { throw Failure("backfill exited \(run.exitCode): \(run.stderr)") }
    }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }
}
