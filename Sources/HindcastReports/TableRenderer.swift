import Foundation
import HindcastCore
import HindcastStore

/// Renders a query result as an aligned text table, JSON (array of objects) or CSV.
public enum TableRenderer {
    /// The width tables fit by default; `--wide` lifts it.
    public static let defaultWidth = 100

    /// The result in `format`, ending with a newline; a table fits `width` columns (`nil`: any
    /// width) by cutting its longest cells, marked with `…`.
    public static func render(_ result: QueryResult, as format: ReportFormat, width: Int? = nil) -> String {
        switch format {
        case .table: return table(result, width: width)
        case .json: return json(result)
        case .csv: return csv(result)
        }
    }

    /// Column widths that fit `limit` (two spaces between columns): the widest column gives up a
    /// character at a time, none below 4 characters.
    static func fitted(_ widths: [Int], limit: Int?) -> [Int] {
        guard let limit else { return widths }
        var widths = widths
        let gaps = 2 * max(widths.count - 1, 0)
        while widths.reduce(0, +) + gaps > limit, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            widths[widest] > 4
        {
            widths[widest] -= 1
        }
        return widths
    }

    static func table(_ result: QueryResult, width limit: Int? = nil) -> String {
        let cells = result.rows.map { $0.map(\.text) }
        var natural = result.columns.map(\.count)
        for row in cells {
            for (index, cell) in row.enumerated() { natural[index] = max(natural[index], cell.count) }
        }
        let widths = fitted(natural, limit: limit)
        func line(_ values: [String]) -> String {
            values.enumerated().map { index, value in
                let cut = value.count > widths[index] ? String(value.prefix(widths[index] - 1)) + "…" : value
                return cut.padding(toLength: widths[index], withPad: " ", startingAt: 0)
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        var lines = [line(result.columns), line(widths.map { String(repeating: "-", count: $0) })]
        lines += cells.map(line)
        lines.append("(\(result.rows.count) row\(result.rows.count == 1 ? "" : "s"))")
        return lines.joined(separator: "\n") + "\n"
    }

    static func json(_ result: QueryResult) -> String {
        let objects = result.rows.map { row in
            "{"
                + zip(result.columns, row).map { column, cell in "\(JSONText.quote(column)):\(jsonValue(cell))" }
                .joined(separator: ",") + "}"
        }
        return "[" + objects.joined(separator: ",") + "]\n"
    }

    static func csv(_ result: QueryResult) -> String {
        var lines = [result.columns.map(csvField).joined(separator: ",")]
        lines += result.rows.map { $0.map { csvField($0.text) }.joined(separator: ",") }
        return lines.joined(separator: "\n") + "\n"
    }

    static func jsonValue(_ cell: SQLCell) -> String {
        switch cell {
        case .null: return "null"
        case .integer(let value): return String(value)
        case .real(let value): return value.isFinite ? SQLCell.real(value).text : "null"
        case .text(let value): return JSONText.quote(value)
        case .blob(let count): return JSONText.quote("<blob \(count) bytes>")
        }
    }

    /// A CSV field, quoted when it holds a comma, quote or newline.
    public static func csvField(_ text: String) -> String {
        guard text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return text }
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
