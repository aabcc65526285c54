import GRDB

/// One row of a declared table, filled by column: the typed row writers build instead of a
/// column-name dictionary. Values sit in table order, so the row binds positionally to the
/// table's insert statement; it is `Sendable`, so rows can be built on any thread.
///
/// Its members are `@inlinable`: every processor builds hundreds of thousands of rows a season,
/// and inlined into the processor's module they are specialized for its column enum. Unspecialized,
/// filling a row looked up the literal's tuple metadata and dispatched `rawValue` through witness
/// tables for every value, about a tenth of a season backfill's CPU.
public struct TableRow<Column: TableColumn>: Sendable {
    /// The values in table order (storage for `values`, settable only here).
    @usableFromInline var storage: [DatabaseValue]

    /// The values in table order; NULL where nothing was set.
    @inlinable public var values: [DatabaseValue] { storage }

    /// A row of NULLs.
    @inlinable public init() {
        storage = Array(repeating: .null, count: Column.table.columns.count)
    }

    /// The value of `column`; setting `nil` stores NULL.
    @inlinable public subscript(column: Column) -> (any DatabaseValueConvertible)? {
        get { storage[column.rawValue] }
        set { storage[column.rawValue] = newValue?.databaseValue ?? .null }
    }

    /// The stored value of `column`.
    @inlinable public func value(_ column: Column) -> DatabaseValue { storage[column.rawValue] }
}

extension TableRow: ExpressibleByDictionaryLiteral {
    /// A row from `[.column: value, ...]`; columns left out are NULL. Naming a column twice is a
    /// programming error, caught in debug builds (the tests'); release builds skip the check, which
    /// costs as much as filling the row.
    @inlinable public init(dictionaryLiteral elements: (Column, (any DatabaseValueConvertible)?)...) {
        self.init()
        for (column, value) in elements { storage[column.rawValue] = value?.databaseValue ?? .null }
        assert(Self.namesEachColumnOnce(elements.map(\.0)))
    }

    /// Whether no column appears twice in `columns`; fails the assertion naming the first repeat.
    @usableFromInline static func namesEachColumnOnce(_ columns: [Column]) -> Bool {
        var seen = Set<Column>()
        for column in columns where !seen.insert(column).inserted {
            assertionFailure("\(Column.table.name).\(column.name) is set twice")
            return false
        }
        return true
    }
}
