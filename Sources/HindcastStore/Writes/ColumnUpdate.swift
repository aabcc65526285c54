import GRDB

/// An update of chosen columns of the rows of a declared table that a key or a row id picks, for
/// writers that change part of a stored row (the rematch of unmatched lines, the player registry's
/// date range): the statement's text is built once, from the column enum, and each write runs it
/// through the connection's statement cache.
public struct ColumnUpdate<Column: TableColumn>: Sendable {
    /// How one column is set from the row's value `v`.
    public enum Assignment: Sendable {
        /// `column = v`.
        case value(Column)
        /// `column = MIN(COALESCE(column, v), v)`: the earlier of the stored value and `v`.
        case earliest(Column)
        /// `column = MAX(COALESCE(column, v), v)`: the later of the stored value and `v`.
        case latest(Column)

        var column: Column {
            switch self {
            case .value(let column), .earliest(let column), .latest(let column): column
            }
        }
    }

    /// Which rows the update changes.
    public enum Match: Sendable {
        /// The rows whose `columns` equal the row's values.
        case columns([Column])
        /// The row with the row id given to `execute`.
        case rowID
    }

    /// `UPDATE table SET ... WHERE ...`.
    public let sql: String
    /// What each `?` binds, in order: a column's value (a column may appear more than once), or
    /// the row id (`nil`).
    private let bound: [Column?]

    /// Sets `assignments` on the rows `match` picks. When every assignment is `earliest` or
    /// `latest`, a row is only written when `v` moves one of them (a stored NULL, or a `v` outside
    /// the stored range), so an update that changes nothing writes nothing.
    public init(_ assignments: [Assignment], where match: Match) {
        let table = Column.table.name
        precondition(!assignments.isEmpty, "\(table): an update sets nothing")
        precondition(
            Set(assignments.map(\.column)).count == assignments.count, "\(table): a column is set twice")
        var bound: [Column?] = []
        let sets = assignments.map { assignment -> String in
            let name = assignment.column.name
            switch assignment {
            case .value(let column):
                bound.append(column)
                return "\(name) = ?"
            case .earliest(let column), .latest(let column):
                bound += [column, column]
                if case .earliest = assignment { return "\(name) = MIN(COALESCE(\(name), ?), ?)" }
                return "\(name) = MAX(COALESCE(\(name), ?), ?)"
            }
        }
        var conditions: [String]
        switch match {
        case .columns(let columns):
            precondition(!columns.isEmpty, "\(table): an update matches no column")
            conditions = columns.map { "\($0.name) = ?" }
            bound += columns
        case .rowID:
            conditions = ["rowid = ?"]
            bound.append(nil)
        }
        let widening = assignments.compactMap { assignment -> (Column, String)? in
            switch assignment {
            case .value: nil
            case .earliest(let column): (column, ">")
            case .latest(let column): (column, "<")
            }
        }
        if widening.count == assignments.count {
            conditions.append(
                "("
                    + widening.map { column, moves in "\(column.name) IS NULL OR \(column.name) \(moves) ?" }
                    .joined(separator: " OR ") + ")")
            bound += widening.map(\.0)
        }
        self.sql = "UPDATE \(table) SET \(sets.joined(separator: ", ")) WHERE \(conditions.joined(separator: " AND "))"
        self.bound = bound
    }

    /// Updates the matched rows with `row`'s values (and, for `.rowID`, the row with `rowID`);
    /// returns how many rows changed.
    @discardableResult
    public func execute(_ row: TableRow<Column>, rowID: Int64? = nil, _ db: Database) throws -> Int {
        let values = bound.map { column -> DatabaseValue in
            if let column { return row.value(column) }
            guard let rowID else { preconditionFailure("\(Column.table.name): an update by row id without one") }
            return rowID.databaseValue
        }
        let statement = try db.cachedStatement(sql: sql)
        statement.setUncheckedArguments(StatementArguments(values))
        try statement.execute()
        return db.changesCount
    }
}
