import GRDB
import HindcastStore

/// Hashes of table rows, computed with SQLite building each row's text (`json_array` keeps NULL,
/// numbers and text apart) and Swift hashing it: a partition's output, or a raw table per date.
public enum PartitionFingerprint {
    /// Columns that describe a run or an import, not the data.
    public static let bookkeepingColumns: Set<String> = ["run_id", "imported_at", "source_file"]

    /// Hash of the rows of `table` dated `date` (every column but bookkeeping), in key order.
    public static func output(_ db: Database, table: TableInfo, date: GameDate) throws -> String {
        guard let column = table.dateColumn else { return Fingerprint().hex }
        return try hash(db, table: table.name, filter: "WHERE \(column) = ?", arguments: [date.description])
    }

    /// Hash of every row of a table that is not partitioned by date, in key order.
    public static func whole(_ db: Database, table: TableInfo) throws -> String {
        try hash(db, table: table.name)
    }

    /// Hash of the rows of `table` that `filter` selects, in key order.
    private static func hash(
        _ db: Database, table: String, filter: String = "", arguments: StatementArguments = []
    ) throws -> String {
        let (expression, order) = try rowText(db, table: table)
        var hash = Fingerprint()
        let rows = try String.fetchCursor(
            db, sql: "SELECT \(expression) FROM \(table) \(filter) ORDER BY \(order)", arguments: arguments)
        while let text = try rows.next() { hash.add(text) }
        return hash.hex
    }

    /// Hash per date of a raw table's rows dated `start...end`; dates without rows are absent.
    public static func perDate(
        _ db: Database, table: TableInfo, from start: GameDate, through end: GameDate
    ) throws -> [GameDate: String] {
        guard let column = table.dateColumn else { return [:] }
        let (expression, order) = try rowText(db, table: table.name)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(column) AS day, \(expression) AS row_text FROM \(table.name) WHERE \(column) BETWEEN ? AND ?
                ORDER BY \(column), \(order)
                """, arguments: [start.description, end.description])
        var hashes: [GameDate: Fingerprint] = [:]
        var current: (text: String, date: GameDate)?
        while let row = try rows.next() {
            let text: String = row["day"]
            if current?.text != text {
                guard let date = GameDate(text) else { continue }
                current = (text, date)
            }
            hashes[current!.date, default: Fingerprint()].add(row["row_text"] as String)
        }
        return hashes.mapValues(\.hex)
    }

    /// The SQL expression giving a row's text, and the table's key order.
    static func rowText(_ db: Database, table: String) throws -> (expression: String, order: String) {
        let columns = try db.columns(in: table).map(\.name).filter { !bookkeepingColumns.contains($0) }
        let chunks = stride(from: 0, to: columns.count, by: 100).map { start in
            "json_array(" + columns[start..<min(start + 100, columns.count)].joined(separator: ",") + ")"
        }
        let key = try db.primaryKey(table).columns
        return (chunks.isEmpty ? "''" : chunks.joined(separator: "||"), key.joined(separator: ","))
    }
}
