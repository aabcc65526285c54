import GRDB
import HindcastStore

/// One fetched row as column → value, readable as any type (`row["pace"] == 102.8`).
public struct Fields: Sendable {
    public let values: [String: DatabaseValue]

    /// The row's values by column name.
    public init(_ row: Row) {
        values = Dictionary(uniqueKeysWithValues: row.columnNames.map { ($0, row[$0] as DatabaseValue) })
    }

    /// The column's value as `T`; `nil` when NULL, absent or not a `T`.
    public subscript<T: DatabaseValueConvertible>(_ column: String) -> T? {
        T.fromDatabaseValue(values[column] ?? .null)
    }

    /// Whether the column is NULL (or absent).
    public func isNull(_ column: String) -> Bool { values[column]?.isNull ?? true }
}

/// Small queries the table tests assert on.
public enum WarehouseQuery {
    /// The first row of `sql`; `nil` when there is none.
    public static func firstRow(
        _ seeded: SeededWarehouse, _ sql: String, _ arguments: StatementArguments = []
    ) throws -> Fields? {
        try seeded.warehouse.read { db in try Row.fetchOne(db, sql: sql, arguments: arguments).map(Fields.init) }
    }

    /// A single integer (counts); 0 when the query returns no row.
    public static func count(
        _ seeded: SeededWarehouse, _ sql: String, _ arguments: StatementArguments = []
    ) throws -> Int {
        try seeded.warehouse.read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }
}
