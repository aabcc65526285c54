import GRDB
import HindcastStore

/// A table's rows as plain values, for comparing runs: ordered by primary key, without the
/// run-metadata column `run_id` (it names the run that wrote a row and changes on every run).
public enum TableSnapshot {
    /// Columns that describe the run, not the data.
    public static let runColumns: Set<String> = ["run_id"]

    /// Every row of `table` matching `filter` (a SQL condition), as text-rendered values.
    public static func rows(
        _ db: Database, _ table: String, where filter: String = "1",
        arguments: StatementArguments = []
    ) throws -> [[String]] {
        let columns = try db.columns(in: table).map(\.name).filter { !runColumns.contains($0) }
        let key = try db.primaryKey(table).columns
        let sql = """
            SELECT \(columns.joined(separator: ",")) FROM \(table) WHERE \(filter)
            ORDER BY \(key.joined(separator: ","))
            """
        return try Row.fetchAll(db, sql: sql, arguments: arguments).map { row in
            row.databaseValues.map { $0.isNull ? "NULL" : $0.description }
        }
    }
}
