import GRDB
import HindcastStore

/// Per table of the schema: the game days it covers and its rows, split by context origin where
/// the table carries one.
public struct CoverageReport: Sendable, Equatable {
    public struct Entry: Sendable, Equatable, Codable {
        public let table: String
        public let dataset: String
        /// Distinct dates in the table's date column (0 for tables without one).
        public let dates: Int
        public let rows: Int
        public let firstDate: String?
        public let lastDate: String?
        /// Rows whose context origin is observed / synthetic; `nil` when the table has no origin.
        public let observedRows: Int?
        public let syntheticRows: Int?
    }

    public let entries: [Entry]

    /// Measures every table, restricted to `start...end` when given.
    public static func measure(_ db: Database, start: String?, end: String?) throws -> CoverageReport {
        var entries: [Entry] = []
        for table in WarehouseCatalog.tables {
            let columns = try db.columns(in: table.name).map(\.name)
            var filter = ""
            var arguments: [String] = []
            if let column = table.dateColumn {
                var conditions: [String] = []
                if let start {
                    conditions.append("\(column) >= ?")
                    arguments.append(start)
                }
                if let end {
                    conditions.append("\(column) <= ?")
                    arguments.append(end)
                }
                if !conditions.isEmpty { filter = "WHERE " + conditions.joined(separator: " AND ") }
            }
            let dateColumn = table.dateColumn ?? "NULL"
            let origin = columns.contains("context_origin")
            let sql = """
                SELECT COUNT(DISTINCT \(dateColumn)), COUNT(*), MIN(\(dateColumn)), MAX(\(dateColumn)),
                    \(origin ? "SUM(context_origin = 'observed'), SUM(context_origin = 'synthetic')" : "NULL, NULL")
                FROM \(table.name) \(filter)
                """
            let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))!
            let rows: Int = row[1]
            entries.append(
                Entry(
                    table: table.name, dataset: table.dataset.rawValue, dates: row[0], rows: rows, firstDate: row[2],
                    lastDate: row[3], observedRows: origin ? (row[4] as Int?) ?? 0 : nil,
                    syntheticRows: origin ? (row[5] as Int?) ?? 0 : nil))
        }
        return CoverageReport(entries: entries)
    }

    /// The report as a query-shaped result, for the shared renderers.
    public var result: QueryResult {
        QueryResult(
            columns: [
                "table", "dataset", "dates", "rows", "first_date", "last_date", "observed_rows", "synthetic_rows",
            ],
            rows: entries.map { entry in
                [
                    .text(entry.table), .text(entry.dataset), .integer(Int64(entry.dates)), .integer(Int64(entry.rows)),
                    entry.firstDate.map(SQLCell.text) ?? .null, entry.lastDate.map(SQLCell.text) ?? .null,
                    entry.observedRows.map { .integer(Int64($0)) } ?? .null,
                    entry.syntheticRows.map { .integer(Int64($0)) } ?? .null,
                ]
            })
    }
}
