import GRDB
import HindcastStore

/// Inserts rows or updates them in place by key, and counts what actually changed, so that
/// re-importing the same file reports (and does) nothing.
struct Upsert {
    private let statement: Statement
    private let table: String
    let columns: [String]
    /// For typed rows: the table position of each written column, in `columns` order.
    private var positions: [Int] = []
    /// Rows in the table before the first write.
    private let before: Int
    private(set) var changed = 0

    /// `unchecked` columns are written with the row but a difference in them alone is no change.
    /// `keepWhenEmpty` columns, which another file also fills, keep their stored value when the
    /// incoming one is NULL. `keepExistingWhen`, an SQL condition (on the table's row and `excluded`, the incoming one),
    /// keeps a conflicting stored row as it is; its `?` parameters come after the row's values.
    init(
        _ db: Database, table: String, columns: [String], key: [String], unchecked: [String] = [],
        keepWhenEmpty: [String] = [], keepExistingWhen: String? = nil
    ) throws {
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ",")
        let updatable = columns.filter { !key.contains($0) }
        let assignments = updatable.map { column in
            keepWhenEmpty.contains(column)
                ? "\(column) = COALESCE(excluded.\(column), \(table).\(column))" : "\(column) = excluded.\(column)"
        }.joined(separator: ", ")
        var differs = updatable.filter { !unchecked.contains($0) }.map { column in
            keepWhenEmpty.contains(column)
                ? "(excluded.\(column) IS NOT NULL AND \(table).\(column) IS NOT excluded.\(column))"
                : "\(table).\(column) IS NOT excluded.\(column)"
        }.joined(separator: " OR ")
        if let keepExistingWhen { differs = "(\(differs)) AND NOT (\(keepExistingWhen))" }
        let conflict =
            updatable.isEmpty
            ? "DO NOTHING" : "DO UPDATE SET \(assignments) WHERE \(differs)"
        let sql = """
            INSERT INTO \(table) (\(columns.joined(separator: ","))) VALUES (\(placeholders))
            ON CONFLICT (\(key.joined(separator: ","))) \(conflict)
            """
        statement = try db.makeStatement(sql: sql)
        self.table = table
        self.columns = columns
        before = try Self.count(db, table)
    }

    /// The same, for `columns` of a declared table: rows are then written as `TableRow`s.
    init<Column: TableColumn>(
        _ db: Database, columns: [Column], key: [Column], unchecked: [Column] = [], keepWhenEmpty: [Column] = [],
        keepExistingWhen: String? = nil
    ) throws {
        try self.init(
            db, table: Column.table.name, columns: columns.map(\.name), key: key.map(\.name),
            unchecked: unchecked.map(\.name), keepWhenEmpty: keepWhenEmpty.map(\.name),
            keepExistingWhen: keepExistingWhen)
        positions = columns.map(\.rawValue)
    }

    /// Writes the upsert's columns of a typed row, then the `keepExistingWhen` parameters.
    mutating func write<Column: TableColumn>(
        _ row: TableRow<Column>, conditionArguments: [(any DatabaseValueConvertible)?] = [], db: Database
    ) throws {
        precondition(positions.count == columns.count && Column.table.name == table, "not a typed \(table) upsert")
        try write(
            positions.map { row.values[$0] as (any DatabaseValueConvertible)? }, conditionArguments: conditionArguments,
            db: db)
    }

    /// Writes one row whose values follow `columns`, then the `keepExistingWhen` parameters.
    mutating func write(
        _ values: [(any DatabaseValueConvertible)?], conditionArguments: [(any DatabaseValueConvertible)?] = [],
        db: Database
    ) throws {
        statement.setUncheckedArguments(StatementArguments(values + conditionArguments))
        try statement.execute()
        changed += db.changesCount
    }

    /// Writes one row given as column → value (absent columns are NULL).
    mutating func write(
        _ row: [String: (any DatabaseValueConvertible)?], conditionArguments: [(any DatabaseValueConvertible)?] = [],
        db: Database
    ) throws {
        try write(columns.map { row[$0] ?? nil }, conditionArguments: conditionArguments, db: db)
    }

    /// What the writes so far did to the table.
    func delta(_ db: Database) throws -> TableDelta {
        TableDelta(before: before, after: try Self.count(db, table), changed: changed)
    }

    private static func count(_ db: Database, _ table: String) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0
    }
}

/// Counts of one import's effect on a table.
struct TableDelta {
    let before: Int
    let after: Int
    let changed: Int

    var inserted: Int { after - before }
    var updated: Int { changed - inserted }
}
