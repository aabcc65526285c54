import GRDB

/// One value of a query result, independent of SQLite's types.
public enum SQLCell: Sendable, Equatable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob(Int)

    init(_ value: DatabaseValue) {
        switch value.storage {
        case .null: self = .null
        case .int64(let int): self = .integer(int)
        case .double(let double): self = .real(double)
        case .string(let string): self = .text(string)
        case .blob(let data): self = .blob(data.count)
        }
    }

    /// The value as text for tables and CSV: empty for NULL.
    public var text: String {
        switch self {
        case .null: return ""
        case .integer(let int): return String(int)
        case .real(let double): return SQLCell.format(double)
        case .text(let string): return string
        case .blob(let count): return "<blob \(count) bytes>"
        }
    }

    /// Doubles print without float noise (at most 6 decimals, trailing zeros removed).
    static func format(_ double: Double) -> String {
        if double.isNaN || double.isInfinite { return String(double) }
        if double == double.rounded() && abs(double) < 1e15 { return String(format: "%.1f", double) }
        var text = String(format: "%.6f", double)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.append("0") }
        return text
    }
}

/// The columns and rows a query returned.
public struct QueryResult: Sendable, Equatable {
    public let columns: [String]
    public let rows: [[SQLCell]]

    public init(columns: [String], rows: [[SQLCell]]) {
        self.columns = columns
        self.rows = rows
    }
}
