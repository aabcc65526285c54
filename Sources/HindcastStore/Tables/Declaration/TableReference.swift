import Foundation

/// `docs/tables.md`, generated from the table declarations (`TableReferenceDocTests` keeps the
/// checked-in file equal to this text).
public enum TableReference {
    /// The whole reference: one section per table, in pipeline order.
    public static var markdown: String {
        var lines = [
            "# Table reference",
            "",
            "Generated from the table declarations in `Sources/HindcastStore/Tables` (one column enum per",
            "table, whose case order is the column order); `TableReferenceDocTests` keeps this file equal to",
            "them (`HINDCAST_WRITE_TABLE_REFERENCE=1 swift test --filter TableReferenceDocTests` rewrites it),",
            "and `TableDeclarationSchemaTests` proves the migrations create exactly these tables.",
            "Types: `flag` is a 0/1 INTEGER (BOOL in an export); `date`, `timestamp` (UTC) and `json` are",
            "TEXT (DATE, TIMESTAMP and JSON in an export). `text array` and `integer array` are TEXT holding",
            "a JSON array of strings or of whole numbers, never with a null: a REPEATED STRING or INT64",
            "field in an NDJSON export (JSON in a CSV export, since BigQuery loads no",
            "repeated field from CSV). A `json` array, such as `features`, may hold nulls, so it stays JSON.",
            "A *generated* column is computed by SQLite from",
            "the row's other columns whenever it is read (`GENERATED ALWAYS AS ... VIRTUAL`): every query and",
            "export sees it like any other column, but it takes no space on disk and inserts leave it out.",
            "A *storage* column holds another column of the same row in fewer bytes (that column is generated",
            "from it); writers never fill it, inserts compute it, and exports leave it out.",
            "",
        ]
        for table in WarehouseCatalog.declarations {
            lines += section(table)
        }
        return lines.joined(separator: "\n")
    }

    static func section(_ table: TableDeclaration) -> [String] {
        var about = "\(table.summary) Key: " + table.key.map { "`\($0)`" }.joined(separator: ", ") + "."
        if let partition = table.partitionColumn { about += " Partitioned by `\(partition)`." }
        if !table.unique.isEmpty {
            about +=
                " Unique: " + table.unique.map { $0.map { "`\($0)`" }.joined(separator: ", ") }.joined(separator: "; ")
                + "."
        }
        var lines = [
            "## \(table.qualifiedName)", "", about, "", "| # | Column | Type | Null | Description |",
            "|---|---|---|---|---|",
        ]
        for (index, column) in table.columns.enumerated() {
            let null = column.isNotNull ? "not null" : table.key.contains(column.name) ? "key" : "null"
            let text =
                column.description.replacingOccurrences(of: "|", with: "\\|")
                + (column.isGenerated ? " (generated)" : "") + (column.isEncoding ? " (storage)" : "")
            lines.append("| \(index) | `\(column.name)` | \(column.type.rawValue) | \(null) | \(text) |")
        }
        lines.append("")
        return lines
    }
}
