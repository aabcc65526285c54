/// What a column holds, which decides its SQLite storage type and its BigQuery type.
public enum ColumnType: String, Sendable, CaseIterable {
    /// Free text.
    case text
    /// A whole number.
    case integer
    /// A floating-point number.
    case real
    /// A 0/1 flag (the reference's BOOLEAN columns).
    case flag
    /// A calendar date, `YYYY-MM-DD`.
    case date
    /// A UTC instant, `2022-01-04T00:30:00Z`.
    case timestamp
    /// JSON text (an object, or an array that may hold nulls or mixed values).
    case json
    /// A JSON array of strings, with no nulls (`["a","b"]`): BigQuery's `REPEATED STRING`.
    case textArray = "text array"
    /// A JSON array of whole numbers, with no nulls (`[4,5]`): BigQuery's `REPEATED INT64`.
    case integerArray = "integer array"

    /// The type the column is declared with in SQLite (an array is JSON text).
    public var sqliteType: String {
        switch self {
        case .integer, .flag: "INTEGER"
        case .real: "REAL"
        case .text, .date, .timestamp, .json, .textArray, .integerArray: "TEXT"
        }
    }

    /// For an array column, the type of its elements (`.text` or `.integer`); `nil` for
    /// a scalar or JSON column.
    public var elementType: ColumnType? {
        switch self {
        case .textArray: .text
        case .integerArray: .integer
        default: nil
        }
    }

    /// Whether the column holds a JSON array of one scalar type (a `REPEATED` field in BigQuery).
    public var isArray: Bool { elementType != nil }

    /// The column's type in an exported BigQuery schema; for an array, its elements' type (the
    /// field's mode is then `REPEATED`).
    public var bigQueryType: String {
        switch self {
        case .text: "STRING"
        case .integer: "INT64"
        case .real: "FLOAT64"
        case .flag: "BOOL"
        case .date: "DATE"
        case .timestamp: "TIMESTAMP"
        case .json: "JSON"
        case .textArray, .integerArray: elementType!.bigQueryType
        }
    }
}
