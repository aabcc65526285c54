import HindcastStore

/// The `description` of every column in an exported BigQuery schema: the column's declared
/// description, what its type means, and the table.
enum ColumnDescriptions {
    /// The description of `column` of `table`.
    static func describe(_ column: ColumnDeclaration, table: TableDeclaration) -> String {
        var text = column.description
        switch column.type {
        case .flag: text += "; true/false (stored as 1/0)"
        case .json: if !text.contains("JSON") { text += "; JSON text" }
        case .timestamp: if !text.contains("UTC") { text += "; UTC" }
        case .textArray: text += "; an array of strings"
        case .integerArray: text += "; an array of whole numbers"
        default: break
        }
        return "\(text). \(table.qualifiedName)"
    }
}
