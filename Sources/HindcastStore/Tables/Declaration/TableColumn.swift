/// The columns of one warehouse table, as an enum whose case order is the table's column order:
/// the single declaration writers, readers, the schema test, the export schema and the docs
/// derive from. A misspelled column is a compile error.
public protocol TableColumn: RawRepresentable, CaseIterable, Hashable, Sendable
where RawValue == Int, AllCases == [Self] {
    /// The table these are the columns of.
    static var table: TableDeclaration { get }
    /// This column's name, type, nullability and description.
    var declaration: ColumnDeclaration { get }
}

extension TableColumn {
    /// The column's name in SQL.
    public var name: String { declaration.name }

    /// The column called `name` (for names that come from data, such as an imported payload's
    /// fields), or `nil` when the table has none.
    public init?(named name: String) {
        guard let position = Self.table.position(of: name) else { return nil }
        self.init(rawValue: position)
    }

    /// The column's position in the table (and in a row selected with `Self.selection`).
    public var index: Int { rawValue }

    /// Every column name in table order, for `SELECT \(Column.selection) FROM table`, so that
    /// `row[column.index]` reads that column.
    public static var selection: String { table.columns.map(\.name).joined(separator: ", ") }
}
