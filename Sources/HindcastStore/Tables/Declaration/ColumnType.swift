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
    /// JSON text (an array or an object).
    case json

    /// The type the column is declared with in SQLite.
    public var sqliteType: String {
        switch self {
        case .integer, .flag: "INTEGER"
        case .real: "REAL"
        case .text, .date, .timestamp, .json: "TEXT"
        }
    }

    /// The column's type in an exported BigQuery schema.
    public var bigQueryType: String {
        switch self {
        case .text: "STRING"
        case .integer: "INT64"
        case .real: "FLOAT64"
        case .flag: "BOOL"
        case .date: "DATE"
        case .timestamp: "TIMESTAMP"
        case .json: "JSON"
        }
    }
}
