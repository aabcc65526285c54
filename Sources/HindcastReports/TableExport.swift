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
        /// `STRING`, `INT64`, `FLOAT64`, `BOOL`, `DATE`, `TIMESTAMP` or `JSON`; for a `REPEATED`
        /// field, its elements' type.
        public let type: String
        /// `REQUIRED` (NOT NULL or key), `NULLABLE`, or `REPEATED` (an array column in NDJSON).
        public let mode: String
        /// What the column holds, for the schema's `description`.
        public let description: String

        public init(name: String, type: String, mode: String, description: String = "") {
            self.name = name
            self.type = type
            self.mode = mode
            self.description = description
        }

        /// Whether the field is an array of `type` values.
        public var isRepeated: Bool { mode == "REPEATED" }
    }

    /// Why an export cannot be made.
    public struct Failure: Error, CustomStringConvertible, Sendable {
        public let description: String
        /// The request itself is wrong (an option the table cannot honour), not the data.
        public let isUsage: Bool

        init(description: String, isUsage: Bool = false) {
            self.description = description
            self.isUsage = isUsage
        }
    }

    /// What an export wrote: the row count and the distinct values of the table's date column.
    public struct Summary: Sendable, Equatable {
        public let rows: Int
        public let dates: [String]
    }

    /// The rows to export: a table, optionally one context origin and a date range.
    public struct Selection: Sendable {
        public let table: String
        public let origin: ContextOrigin?
        public let start: String?
        public let end: String?

        public init(table: String, origin: ContextOrigin? = nil, start: String? = nil, end: String? = nil) {
            self.table = table
            self.origin = origin
            self.start = start
            self.end = end
        }
    }

    /// The table called `name`, plain (`player_game_summary`) or dataset-qualified
    /// (`nba_analytics.player_game_summary`, as `sql` and the reference spell it).
    public static func table(named name: String) -> TableInfo? {
        if let info = WarehouseCatalog.table(named: name) { return info }
        let parts = name.split(separator: ".", maxSplits: 1).map(String.init)
        guard parts.count == 2, let info = WarehouseCatalog.table(named: parts[1]),
            info.dataset.rawValue == parts[0]
        else { return nil }
        return info
    }

    /// Every table that can be exported, dataset-qualified.
    public static var tableNames: [String] { WarehouseCatalog.tables.map(\.qualifiedName) }

    /// The BigQuery columns of `table` (plain or dataset-qualified) as exported in `format`, from
    /// its declaration: the declared type, `REQUIRED` for NOT NULL and key columns, and the
    /// declared description with what the type means and the table's name. An array column is
    /// `REPEATED` of its element type in NDJSON; BigQuery loads no repeated field from CSV, so
    /// there it is `JSON` (the array's text).
    public static func columns(table name: String, format: Format = .ndjson) throws -> [Column] {
        guard let info = table(named: name), let declaration = WarehouseCatalog.declaration(named: info.name) else {
            throw Failure(description: "unknown table \(name); tables: \(tableNames.joined(separator: ", "))")
        }
        return declaration.logicalColumns.map { column in
            let description = ColumnDescriptions.describe(column, table: declaration)
            if column.type.isArray {
                return format == .ndjson
                    ? Column(
                        name: column.name, type: column.type.bigQueryType, mode: "REPEATED", description: description)
                    : Column(
                        name: column.name, type: ColumnType.json.bigQueryType,
                        mode: column.isNotNull ? "REQUIRED" : "NULLABLE", description: description)
            }
            let required = column.isNotNull || declaration.key.contains(column.name)
            return Column(
                name: column.name, type: column.type.bigQueryType, mode: required ? "REQUIRED" : "NULLABLE",
                description: description)
        }
    }

    /// The schema file's text: a JSON array of `{"name","type","mode","description"}`, one column
    /// per line.
    public static func schema(_ columns: [Column], table: TableInfo? = nil) -> String {
        let lines = columns.map { column in
            "  {\"name\": \(JSONText.quote(column.name)), \"type\": \"\(column.type)\", \"mode\": \"\(column.mode)\", "
                + "\"description\": \(JSONText.quote(column.description))}"
        }
        return "[\n" + lines.joined(separator: ",\n") + "\n]\n"
    }

    /// The `bq load` command that loads an export into the table's real dataset, partitioned by
    /// the table's date column and replacing the exported day's partition (a partition decorator
    /// with `--replace` replaces that day only; without one, `--replace` would empty the table).
    /// An export of several days is loaded one day per file (`--start-date D --end-date D`).
    public static func loadCommand(
        _ table: TableInfo, format: Format, file: String, schema: String, dates: [String]
    ) -> String {
        let source =
            format == .csv ? "--source_format=CSV --skip_leading_rows=1" : "--source_format=NEWLINE_DELIMITED_JSON"
        var command = "bq load \(source)"
        guard let column = table.dateColumn else {
            return command + " --replace \(table.qualifiedName) \(file) \(schema)"
        }
        command += " --time_partitioning_type=DAY --time_partitioning_field=\(column) --replace"
        if dates.count == 1 {
            let day = dates[0].replacingOccurrences(of: "-", with: "")
            return command + " '\(table.qualifiedName)$\(day)' \(file) \(schema)"
        }
        return command + " '\(table.qualifiedName)$YYYYMMDD' FILE_OF_THAT_DAY \(schema), once per \(column) "
            + "(\(dates.count) days here: export each with --start-date D --end-date D so every load replaces one day)"
    }

    /// Streams the selected rows in `format` to `emit` (a line at a time) and says what it wrote.
    @discardableResult
    public static func export(
        _ db: Database, _ selection: Selection, format: Format, emit: (String) throws -> Void
    ) throws -> Summary {
        let columns = try columns(table: selection.table, format: format)
        let info = table(named: selection.table)!
        var conditions: [String] = []
        var arguments: [String] = []
        if let origin = selection.origin {
            guard columns.contains(where: { $0.name == "context_origin" }) else {
                throw Failure(
                    description: "\(selection.table) has no context_origin column; --origin needs one", isUsage: true)
            }
            conditions.append("context_origin = ?")
            arguments.append(origin.rawValue)
        }
        if selection.start != nil || selection.end != nil {
            guard let column = info.dateColumn else {
                throw Failure(
                    description: "\(selection.table) has no date column; drop --start-date/--end-date", isUsage: true)
            }
            conditions.append("\(column) BETWEEN ? AND ?")
            arguments += [selection.start ?? "0000-00-00", selection.end ?? "9999-99-99"]
        }
        let filter = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let key = try db.primaryKey(info.name).columns
        let order = key.joined(separator: ",")
        let rows = try Row.fetchCursor(
            db,
            sql: "SELECT \(columns.map(\.name).joined(separator: ",")) FROM \(info.name) \(filter) ORDER BY \(order)",
            arguments: StatementArguments(arguments))
        if format == .csv { try emit(columns.map { TableRenderer.csvField($0.name) }.joined(separator: ",")) }
        var count = 0
        let keyIndices = key.compactMap { name in
            columns.firstIndex { $0.name == name }
        }
        func keyText(_ row: Row) -> String {
            keyIndices.map { index in
                let value = row[index] as DatabaseValue
                guard case .string(let text) = value.storage else { return "\(columns[index].name) \(value)" }
                return "\(columns[index].name) \(text)"
            }.joined(separator: ", ")
        }
        let dateIndex = info.dateColumn.flatMap { date in columns.firstIndex { $0.name == date } }
        var dates = Set<String>()
        while let row = try rows.next() {
            count += 1
            if let dateIndex, let date = row[dateIndex] as String? { dates.insert(date) }
            var fields: [String] = []
            for (index, column) in columns.enumerated() {
                let value: (json: String, text: String)
                do {
                    value = try TableExport.value(row[index] as DatabaseValue, column: column)
                } catch {
                    throw Failure(
                        description:
                            "cannot export \(info.name) row \(count) (\(keyText(row))), column \(column.name): \(error.problem)"
                    )
                }
                switch format {
                case .ndjson: fields.append("\(JSONText.quote(column.name)):\(value.json)")
                case .csv: fields.append(TableRenderer.csvField(value.text))
                }
            }
            try emit(format == .ndjson ? "{" + fields.joined(separator: ",") + "}" : fields.joined(separator: ","))
        }
        return Summary(rows: count, dates: dates.sorted())
    }

    /// Why one stored value cannot be exported as its column's type.
    struct ValueProblem: Error {
        let problem: String
    }

    /// One value as JSON and as CSV text, typed by the column.
    static func value(_ value: DatabaseValue, column: Column) throws(ValueProblem) -> (json: String, text: String) {
        if column.isRepeated { return try repeated(value, elementType: column.type) }
        switch value.storage {
        case .null:
            return ("null", "")
        case .int64(let int) where column.type == "BOOL":
            guard int == 0 || int == 1 else {
                throw ValueProblem(problem: "a flag holds \(int); expected 0 or 1")
            }
            return int == 1 ? ("true", "true") : ("false", "false")
        case .int64(let int):
            return column.type == "STRING" || column.type == "DATE"
                ? (JSONText.quote(String(int)), String(int)) : (String(int), String(int))
        case .double(let double):
            guard double.isFinite else { return ("null", "") }
            let text = double == double.rounded() && abs(double) < 1e15 ? String(Int64(double)) : String(double)
            return column.type == "STRING" ? (JSONText.quote(text), text) : (text, text)
        case .string(let string) where column.type == "JSON":
            // A JSON column goes into NDJSON as the JSON value itself, when it is one.
            let valid = (try? JSONSerialization.jsonObject(with: Data(string.utf8), options: .fragmentsAllowed)) != nil
            return (valid ? string : JSONText.quote(string), string)
        case .string(let string):
            return (JSONText.quote(string), string)
        case .blob(let data):
            let encoded = data.base64EncodedString()
            return (JSONText.quote(encoded), encoded)
        }
    }

    /// An array column's value for a `REPEATED` field of `elementType`: the JSON array, checked
    /// element by element, since BigQuery rejects the whole file for one null or mistyped element;
    /// a NULL is `[]`, as BigQuery loads a missing repeated field.
    static func repeated(
        _ value: DatabaseValue, elementType: String
    ) throws(ValueProblem) -> (json: String, text: String) {
        guard case .string(let text) = value.storage else {
            if value.isNull { return ("[]", "") }
            throw ValueProblem(problem: "holds \(value), not a JSON array of \(elementType)")
        }
        guard let elements = try? JSONDecoder().decode([JSONScalar].self, from: Data(text.utf8)) else {
            throw ValueProblem(problem: "holds \(JSONText.quote(String(text.prefix(60)))), not a JSON array")
        }
        var integers: [Int] = []
        for (index, element) in elements.enumerated() {
            switch (element, elementType) {
            case (.string, "STRING"): continue
            case (.integer(let integer), "INT64"): integers.append(integer)
            case (.null, _):
                throw ValueProblem(
                    problem: "element \(index) of the array is null, which BigQuery refuses in a REPEATED field")
            default:
                throw ValueProblem(problem: "element \(index) of the array is \(element), not \(elementType)")
            }
        }
        // Integers are written as plain digits (`1`, never `1.0`), the form INT64 loads from.
        return (elementType == "INT64" ? JSONText.array(integers) : text, text)
    }
}
