/// One warehouse table, declared once: dataset, name, columns, key, partition column and indexes.
/// Its migration must create exactly this (the schema test checks every table).
public struct TableDeclaration: Sendable, Hashable {
    public let name: String
    public let dataset: Dataset
    public let kind: TableKind
    /// One line saying what a row of the table is.
    public let summary: String
    /// The columns, in table order.
    public let columns: [ColumnDeclaration]
    /// The primary key's columns, in key order.
    public let key: [String]
    /// Whether the key is an `AUTOINCREMENT` row id.
    public let autoincrementKey: Bool
    /// The date column that partitions the table by game day; `nil` for tables that are not.
    public let partitionColumn: String?
    /// Further `UNIQUE` constraints, each a list of columns.
    public let unique: [[String]]
    /// The secondary indexes.
    public let indexes: [IndexDeclaration]
    /// Each column's position by name.
    private let positions: [String: Int]

    public init<Column: TableColumn>(
        _ column: Column.Type, name: String, dataset: Dataset, kind: TableKind, summary: String, key: [Column],
        autoincrementKey: Bool = false, partition: Column?, unique: [[Column]] = [],
        indexes: [IndexDeclaration] = []
    ) {
        self.name = name
        self.dataset = dataset
        self.kind = kind
        self.summary = summary
        self.columns = Column.allCases.map(\.declaration)
        self.key = key.map(\.name)
        self.autoincrementKey = autoincrementKey
        self.partitionColumn = partition?.name
        self.unique = unique.map { $0.map(\.name) }
        self.indexes = indexes
        self.positions = Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1.name, $0) })
        precondition(
            columns.drop { !$0.isEncoding }.allSatisfy(\.isEncoding), "\(name): encoding columns must come last")
    }

    /// `dataset.table`, as the reference's runbooks spell it.
    public var qualifiedName: String { "\(dataset.rawValue).\(name)" }

    /// The table as the catalog lists it.
    public var info: TableInfo { TableInfo(name: name, dataset: dataset, kind: kind, dateColumn: partitionColumn) }

    /// The column called `name`, or `nil`.
    public func column(named name: String) -> ColumnDeclaration? { position(of: name).map { columns[$0] } }

    /// The positions of the columns an insert fills: every column but the generated ones.
    public var storedPositions: [Int] { columns.indices.filter { !columns[$0].isGenerated } }

    /// The columns readers and exports see: every column but the encoding ones (which come last).
    public var logicalColumns: [ColumnDeclaration] { columns.filter { !$0.isEncoding } }

    /// The position of the column called `name`, or `nil`.
    public func position(of name: String) -> Int? { positions[name] }
}
