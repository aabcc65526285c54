import GRDB

/// Changes a table's layout the way SQLite documents it (create the new table, copy the rows, drop
/// the old one, rename, recreate the indexes), inside the migration's transaction. The new table's
/// statement is derived from the current one, so columns added by earlier migrations carry over.
/// Before the old table goes, every row read through `SELECT *` (generated columns included) must
/// be the same in both; otherwise the migration throws and the transaction leaves the warehouse as
/// it was.
enum TableRebuild {
    /// Rebuilds `table` with the statement `transform` makes of its current `CREATE TABLE`.
    static func rebuild(_ db: Database, table: String, transform: (String) throws -> String) throws {
        guard
            let current = try String.fetchOne(
                db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
        else { throw TableRebuildError(table: table, problem: "the table does not exist") }
        let indexes = try String.fetchAll(
            db, sql: "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL",
            arguments: [table])
        let staging = "\(table)_rebuilt"
        // A table an earlier rebuild renamed has its name quoted in its statement.
        guard let prefix = ["CREATE TABLE \(table) (", "CREATE TABLE \"\(table)\" ("].first(where: current.hasPrefix)
        else {
            throw TableRebuildError(table: table, problem: "its statement does not start with CREATE TABLE \(table) (")
        }
        let rebuilt = try transform(current)
        try db.execute(sql: "CREATE TABLE \(staging) (" + rebuilt.dropFirst(prefix.count))
        let stored = try String.fetchAll(
            db, sql: "SELECT name FROM pragma_table_xinfo(?) WHERE hidden = 0 ORDER BY cid", arguments: [staging]
        ).joined(separator: ", ")
        try db.execute(sql: "INSERT INTO \(staging) (\(stored)) SELECT \(stored) FROM \(table)")
        let changed =
            try Int.fetchOne(
                db,
                sql: """
                    SELECT (SELECT COUNT(*) FROM (SELECT * FROM \(table) EXCEPT SELECT * FROM \(staging)))
                        + (SELECT COUNT(*) FROM \(table)) - (SELECT COUNT(*) FROM \(staging))
                    """) ?? 0
        if changed != 0 {
            throw TableRebuildError(
                table: table, problem: "\(changed) rows would read differently in the new layout; nothing was changed")
        }
        try db.execute(sql: "DROP TABLE \(table)")
        try db.execute(sql: "ALTER TABLE \(staging) RENAME TO \(table)")
        for index in indexes { try db.execute(sql: index) }
    }

    /// `statement` with `old` replaced by `new`, which must occur exactly once.
    static func replacing(_ old: String, with new: String, in statement: String, table: String) throws -> String {
        let parts = statement.components(separatedBy: old)
        guard parts.count == 2 else {
            throw TableRebuildError(table: table, problem: "expected `\(old)` once in its statement")
        }
        return parts.joined(separator: new)
    }
}

/// A table whose layout change would lose or change rows, or whose statement is not the expected one.
struct TableRebuildError: Error, CustomStringConvertible {
    let table: String
    let problem: String

    var description: String { "cannot change the storage of \(table): \(problem)" }
}
