import GRDB

/// One row of a declared table, filled by column: the typed row writers build instead of a
/// column-name dictionary. Values sit in table order, so the row binds positionally to the
/// table's insert statement; it is `Sendable`, so rows can be built on any thread.
public struct TableRow<Column: TableColumn>: Sendable {
    /// The values in table order; NULL where nothing was set.
    public private(set) var values: [DatabaseValue]

    /// A row of NULLs.
    public init() {
        values = Array(repeating: .null, count: Column.allCases.count)
    }

    /// The value of `column`; setting `nil` stores NULL.
    public subscript(column: Column) -> (any DatabaseValueConvertible)? {
        get { values[column.rawValue] }
        set { values[column.rawValue] = newValue?.databaseValue ?? .null }
    }

    /// The stored value of `column`.
    public func value(_ column: Column) -> DatabaseValue { values[column.rawValue] }
}

extension TableRow: ExpressibleByDictionaryLiteral {
    /// A row from `[.column: value, ...]`; columns left out are NULL. Naming a column twice is a
    /// programming error, caught in debug builds (the tests'); release builds skip the check, which
    /// costs as much as filling the row.
    public init(dictionaryLiteral elements: (Column, (any DatabaseValueConvertible)?)...) {
        self.init()
        for (column, value) in elements { self[column] = value }
        assert(Self.namesEachColumnOnce(elements.map(\.0)))
    }

    /// Whether no column appears twice in `columns`; fails the assertion naming the first repeat.
    static func namesEachColumnOnce(_ columns: [Column]) -> Bool {
        var seen = Set<Column>()
        for column in columns where !seen.insert(column).inserted {
            assertionFailure("\(Column.table.name).\(column.name) is set twice")
            return false
        }
        return true
    }
}
