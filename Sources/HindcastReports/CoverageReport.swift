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
        /// Game days of the schedule in the range with no row in the table; `nil` without a date column.
        public let missingGameDays: Int?
    }

    public let entries: [Entry]
    /// Game days the schedule has in the range: what a complete table covers.
    public let expectedGameDays: Int
    public let start: String?
    public let end: String?

    /// Measures every table, restricted to `start...end` when given.
    public static func measure(_ db: Database, start: String?, end: String?) throws -> CoverageReport {
        var entries: [Entry] = []
        let bounds: StatementArguments = [start ?? "0000-00-00", end ?? "9999-99-99"]
        let gameDays =
            try Int.fetchOne(
                db, sql: "SELECT COUNT(DISTINCT game_date) FROM schedule WHERE game_date BETWEEN ? AND ?",
                arguments: bounds) ?? 0
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
                SELECT COUNT(DISTINCT \(dateColumn)) AS dates, COUNT(*) AS row_count, MIN(\(dateColumn)) AS first_date,
                    MAX(\(dateColumn)) AS last_date, \(origin ? "SUM(context_origin = 'observed')" : "NULL") AS observed,
                    \(origin ? "SUM(context_origin = 'synthetic')" : "NULL") AS synthetic
                FROM \(table.name) \(filter)
                """
            let row = try Row.fetchOne(db, sql: sql, arguments: StatementArguments(arguments))!
            let rows: Int = row["row_count"]
            var missing: Int?
            if let column = table.dateColumn {
                missing = try Int.fetchOne(
                    db,
                    sql: """
                        SELECT COUNT(DISTINCT game_date) FROM schedule WHERE game_date BETWEEN ? AND ?
                        AND game_date NOT IN (SELECT \(column) FROM \(table.name) WHERE \(column) IS NOT NULL)
                        """, arguments: bounds)
            }
            entries.append(
                Entry(
                    table: table.name, dataset: table.dataset.rawValue, dates: row["dates"], rows: rows,
                    firstDate: row["first_date"], lastDate: row["last_date"],
                    observedRows: origin ? (row["observed"] as Int?) ?? 0 : nil,
                    syntheticRows: origin ? (row["synthetic"] as Int?) ?? 0 : nil, missingGameDays: missing))
        }
        return CoverageReport(entries: entries, expectedGameDays: gameDays, start: start, end: end)
    }

    /// Rows, observed and synthetic rows over every table.
    public var totals: (rows: Int, observed: Int, synthetic: Int) {
        entries.reduce((0, 0, 0)) { ($0.0 + $1.rows, $0.1 + ($1.observedRows ?? 0), $0.2 + ($1.syntheticRows ?? 0)) }
    }

    /// The report in `format`: a table (within `width`) with a totals row under a line naming the
    /// expected game days; one JSON document; or CSV of the tables.
    public func render(as format: ReportFormat, width: Int? = TableRenderer.defaultWidth) -> String {
        let span = "\(start ?? "the first date")..\(end ?? "the last date")"
        switch format {
        case .csv:
            return TableRenderer.render(result, as: .csv)
        case .json:
            struct Document: Encodable {
                let startDate: String?
                let endDate: String?
                let expectedGameDays: Int
                let tables: [Entry]
                let totalRows: Int
                let totalObservedRows: Int
                let totalSyntheticRows: Int
            }
            let totals = totals
            return JSONOutput.line(
                Document(
                    startDate: start, endDate: end, expectedGameDays: expectedGameDays, tables: entries,
                    totalRows: totals.rows, totalObservedRows: totals.observed, totalSyntheticRows: totals.synthetic))
        case .table:
            func int(_ value: Int?) -> SQLCell { value.map { .integer(Int64($0)) } ?? .null }
            let totals = totals
            let rows =
                entries.map { entry -> [SQLCell] in
                    [
                        .text(entry.table), int(entry.dates), int(entry.missingGameDays), int(entry.rows),
                        entry.firstDate.map(SQLCell.text) ?? .null, entry.lastDate.map(SQLCell.text) ?? .null,
                        int(entry.observedRows), int(entry.syntheticRows),
                    ]
                } + [
                    [
                        .text("total"), .null, .null, int(totals.rows), .null, .null, int(totals.observed),
                        int(totals.synthetic),
                    ]
                ]
            let table = QueryResult(
                columns: ["table", "dates", "missing", "rows", "first", "last", "observed", "synthetic"], rows: rows)
            return "\(expectedGameDays) game days in the schedule over \(span); missing = game days without a row\n"
                + TableRenderer.render(table, as: .table, width: width)
        }
    }

    /// The report as a query-shaped result, for the shared renderers.
    public var result: QueryResult {
        QueryResult(
            columns: [
                "table", "dataset", "dates", "missing_game_days", "rows", "first_date", "last_date", "observed_rows",
                "synthetic_rows",
            ],
            rows: entries.map { entry in
                [
                    .text(entry.table), .text(entry.dataset), .integer(Int64(entry.dates)),
                    entry.missingGameDays.map { .integer(Int64($0)) } ?? .null, .integer(Int64(entry.rows)),
                    entry.firstDate.map(SQLCell.text) ?? .null, entry.lastDate.map(SQLCell.text) ?? .null,
                    entry.observedRows.map { .integer(Int64($0)) } ?? .null,
                    entry.syntheticRows.map { .integer(Int64($0)) } ?? .null,
                ]
            })
    }
}
