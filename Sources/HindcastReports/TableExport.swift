import Foundation
import GRDB
import HindcastCore
import HindcastStore

/// Exports a warehouse table so it can be loaded into BigQuery: NDJSON (one object per row) or
/// CSV (with a header), plus a BigQuery JSON schema derived from the table's columns. Context
/// rows exported this way go back in with `hindcast import context`.
public enum TableExport {
    /// The file formats.
    public enum Format: String, CaseIterable, Sendable {
        case ndjson
        case csv
    }

    /// One column as BigQuery sees it.
    public struct Column: Sendable, Equatable, Codable {
        public let name: String
        /// `STRING`, `INT64`, `FLOAT64`, `BOOL` or `DATE`.
        public let type: String
        /// `REQUIRED` (NOT NULL or key) or `NULLABLE`.
        public let mode: String

        public init(name: String, type: String, mode: String) {
            self.name = name
            self.type = type
            self.mode = mode
        }
    }

    /// Why an export cannot be made.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// The rows to export: a table, optionally one context origin and a date range.
    public struct Selection: Sendable {
        public let table: String
        public let origin: String?
        public let start: String?
        public let end: String?

        public init(table: String, origin: String? = nil, start: String? = nil, end: String? = nil) {
            self.table = table
            self.origin = origin
            self.start = start
            self.end = end
        }
    }

    /// INTEGER columns holding 0/1 flags (the reference's BOOLEAN columns), exported as BOOL.
    static func isFlag(_ name: String) -> Bool {
        let exact: Set<String> = [
            "home_game", "back_to_back", "team_back_to_back", "season_boundary_detected", "backfill_bootstrap_mode",
            "shot_zones_available", "shot_zone_data_available", "within_3_points", "within_5_points",
            "prediction_correct", "backfill_mode", "played", "starter",
        ]
        return exact.contains(name) || name.hasPrefix("is_") || name.hasPrefix("has_") || name.hasSuffix("_flag")
    }

    /// The BigQuery columns of `table`.
    public static func columns(_ db: Database, table: String) throws -> [Column] {
        guard let info = WarehouseCatalog.table(named: table) else {
            let known = WarehouseCatalog.tables.map(\.name).joined(separator: ", ")
            throw Failure(description: "unknown table \(table); tables: \(known)")
        }
        let key = Set(try db.primaryKey(table).columns)
        return try Row.fetchAll(db, sql: "SELECT name, type, \"notnull\" FROM pragma_table_info(?)", arguments: [table])
            .map { row in
                let name: String = row[0]
                let declared = (row[1] as String).uppercased()
                let type: String
                if declared.contains("INT") {
                    type = isFlag(name) ? "BOOL" : "INT64"
                } else if declared.contains("REAL") || declared.contains("FLOA") || declared.contains("DOUB") {
                    type = "FLOAT64"
                } else if name == info.dateColumn || name.hasSuffix("_date") {
                    type = "DATE"
                } else {
                    type = "STRING"
                }
                let required = (row[2] as Int) != 0 || key.contains(name)
                return Column(name: name, type: type, mode: required ? "REQUIRED" : "NULLABLE")
            }
    }

    /// The schema file's text: a JSON array of `{"name","type","mode"}`, one column per line.
    public static func schema(_ columns: [Column]) -> String {
        let lines = columns.map { column in
            "  {\"name\": \(JSONText.quote(column.name)), \"type\": \"\(column.type)\", \"mode\": \"\(column.mode)\"}"
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    /// Streams the selected rows in `format` to `emit` (a line at a time) and returns the row count.
    @discardableResult
    public static func export(
        _ db: Database, _ selection: Selection, format: Format, emit: (String) throws -> Void
    ) throws -> Int {
        let columns = try columns(db, table: selection.table)
        let info = WarehouseCatalog.table(named: selection.table)!
        var conditions: [String] = []
        var arguments: [String] = []
        if let origin = selection.origin {
            guard columns.contains(where: { $0.name == "context_origin" }) else {
                throw Failure(description: "\(selection.table) has no context_origin column; --origin needs one")
            }
            conditions.append("context_origin = ?")
            arguments.append(origin)
        }
        if selection.start != nil || selection.end != nil {
            guard let column = info.dateColumn else {
                throw Failure(description: "\(selection.table) has no date column; drop --start-date/--end-date")
            }
            conditions.append("\(column) BETWEEN ? AND ?")
            arguments += [selection.start ?? "0000-00-00", selection.end ?? "9999-99-99"]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let order = try db.primaryKey(selection.table).columns.joined(separator: ",")
        let rows = try Row.fetchCursor(
            db, sql: "SELECT * FROM \(selection.table) \(filter) ORDER BY \(order)",
            arguments: StatementArguments(arguments))
        if format == .csv { try emit(columns.map { TableRenderer.csvField($0.name) }.joined(separator: ",")) }
        var count = 0
        while let row = try rows.next() {
            count += 1
            var fields: [String] = []
            for (index, column) in columns.enumerated() {
                let value = try TableExport.value(row[index] as DatabaseValue, column: column, row: count)
                switch format {
                case .ndjson: fields.append("\(JSONText.quote(column.name)):\(value.json)")
                case .csv: fields.append(TableRenderer.csvField(value.text))
                }
            }
            try emit(format == .ndjson ? "{" + fields.joined(separator: ",") + "}" : fields.joined(separator: ","))
        }
        return count
    }

    /// One value as JSON and as CSV text, typed by the column.
    static func value(_ value: DatabaseValue, column: Column, row: Int) throws -> (json: String, text: String) {
        switch value.storage {
        case .null:
            return ("null", "")
        case .int64(let int) where column.type == "BOOL":
            guard int == 0 || int == 1 else {
                throw Failure(description: "row \(row): \(column.name) is a flag but holds \(int); expected 0 or 1")
            }
            return int == 1 ? ("true", "true") : ("false", "false")
        case .int64(let int):
            return column.type == "STRING" || column.type == "DATE"
                ? (JSONText.quote(String(int)), String(int)) : (String(int), String(int))
        case .double(let double):
            guard double.isFinite else { return ("null", "") }
            let text = double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : String(double)
            return column.type == "STRING" ? (JSONText.quote(text), text) : (text, text)
        case .string(let string):
            return (JSONText.quote(string), string)
        case .blob(let data):
            let encoded = data.base64EncodedString()
            return (JSONText.quote(encoded), encoded)
        }
    }
}
