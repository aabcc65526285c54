import GRDB
import HindcastStore

/// Inserts typed rows of a declared table or updates them in place by key, and counts what
/// actually changed, so that re-importing the same file reports (and does) nothing.
struct Upsert<Column: TableColumn> {
    private let statement: Statement
    /// The written columns' positions in the table, in the statement's value order.
    private let positions: [Int]
    /// Rows in the table before the first write.
    private let before: Int
    private(set) var changed = 0

    /// Writes `columns` of each row. `unchecked` columns are written with the row but a difference
    /// in them alone is no change. `keepWhenEmpty` columns, which another file also fills, keep their
    /// stored value when the incoming one is NULL. `keepExistingWhen`, an SQL condition (on the
    /// table's row and `excluded`, the incoming one), keeps a conflicting stored row as it is; its `?`
    /// parameters come after the row's values.
    init(
        _ db: Database, columns: [Column], key: [Column], unchecked: [Column] = [], keepWhenEmpty: [Column] = [],
        keepExistingWhen: String? = nil
    ) throws {
        let table = Column.table.name
        let updatable = columns.filter { !key.contains($0) }.map(\.name)
        let keepWhenEmpty = keepWhenEmpty.map(\.name)
        let unchecked = unchecked.map(\.name)
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
        let placeholders = Array(repeating: "?", count: columns.count).joined(separator: ",")
        let sql = """
            INSERT INTO \(table) (\(columns.map(\.name).joined(separator: ","))) VALUES (\(placeholders))
            ON CONFLICT (\(key.map(\.name).joined(separator: ","))) \(conflict)
            """
        statement = try db.makeStatement(sql: sql)
        positions = columns.map(\.rawValue)
        before = try Self.count(db)
    }

    /// Writes the upsert's columns of `row`, then the `keepExistingWhen` parameters.
    mutating func write(_ row: TableRow<Column>, conditionArguments: [DatabaseValue] = [], db: Database) throws {
        statement.setUncheckedArguments(StatementArguments(positions.map { row.values[$0] } + conditionArguments))
        try statement.execute()
        changed += db.changesCount
    }

    /// What the writes so far did to the table.
    func delta(_ db: Database) throws -> TableDelta {
        TableDelta(before: before, after: try Self.count(db), changed: changed)
    }

    private static func count(_ db: Database) throws -> Int {
        try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(Column.table.name)") ?? 0
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
