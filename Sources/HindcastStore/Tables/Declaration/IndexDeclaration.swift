/// A secondary index of a declared table.
public struct IndexDeclaration: Sendable, Hashable {
    public let name: String
    public let columns: [String]

    public init<Column: TableColumn>(_ name: String, _ columns: [Column]) {
        self.name = name
        self.columns = columns.map(\.name)
    }
}
