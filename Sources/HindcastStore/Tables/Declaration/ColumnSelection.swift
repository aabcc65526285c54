/// Some columns of a declared table, in the order a query selects them: the SQL select list and
/// each column's index in the fetched row, so readers write `row[selection.index(.points)]`
/// instead of a bare position.
public struct ColumnSelection<Column: TableColumn>: Sendable {
    /// The selected columns, in select order.
    public let columns: [Column]
    /// Index in the select list by column position in the table; -1 where not selected.
    private let positions: [Int]

    public init(_ columns: [Column]) {
        self.columns = columns
        var positions = Array(repeating: -1, count: Column.allCases.count)
        for (index, column) in columns.enumerated() {
            precondition(positions[column.rawValue] < 0, "\(column.name) is selected twice")
            positions[column.rawValue] = index
        }
        self.positions = positions
    }

    /// The select list, `a, b, c`.
    public var sql: String { columns.map(\.name).joined(separator: ", ") }

    /// `column`'s index in a row fetched with `sql`.
    public func index(_ column: Column) -> Int {
        let position = positions[column.rawValue]
        precondition(position >= 0, "\(Column.table.name).\(column.name) is not selected")
        return position
    }
}
