import GRDB

/// A fetched row's values with the `ColumnSelection` they were selected by: read by column, not
/// by position, and `Sendable` (a GRDB `Row` is not), so rows can be decoded on every core.
public struct SelectedRow<Column: TableColumn>: Sendable {
    /// The values in select order.
    public let values: [DatabaseValue]
    public let selection: ColumnSelection<Column>

    /// Copies `row`, fetched with `selection.sql`.
    public init(_ row: Row, _ selection: ColumnSelection<Column>) {
        self.values = Array(row.databaseValues)
        self.selection = selection
    }

    /// The stored value of `column`.
    public func value(_ column: Column) -> DatabaseValue { values[selection.index(column)] }

    /// `column` as `V`, or `nil` when it is NULL.
    public subscript<V: DatabaseValueConvertible>(_ column: Column) -> V? {
        V.fromDatabaseValue(values[selection.index(column)])
    }

    /// `column` as `V`; a NULL is a programming error, as with a GRDB row's non-optional subscript.
    /// (Disfavoured, so an optional context picks the optional subscript.)
    @_disfavoredOverload
    public subscript<V: DatabaseValueConvertible>(_ column: Column) -> V {
        let value = values[selection.index(column)]
        guard let decoded = V.fromDatabaseValue(value) else {
            preconditionFailure("\(Column.table.name).\(column.name) is \(value), not a \(V.self)")
        }
        return decoded
    }
}
