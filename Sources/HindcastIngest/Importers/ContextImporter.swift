import GRDB
import HindcastCore
import HindcastStore

/// Imports rows exported from a production context table (or from `hindcast export`): CSV with
/// the reference's column names. A file with `player_lookup` holds player context, otherwise
/// `team_abbr` marks team context. Rows are stored as observed unless a `context_origin` column
/// says otherwise; the context processors turn them into context rows that synthesis never
/// overwrites. An optional `captured_at` column (UTC) says when a row was taken: a row captured at or
/// after its game's tip-off is stored but never used.
enum ContextImporter {
    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        file.index(of: "player_lookup") != nil
            ? try run(file, into: ImportedPlayerContextColumn.self, db: db)
            : try run(file, into: ImportedTeamContextColumn.self, db: db)
    }

    /// Imports `file` into the imported-context table whose columns are `Column`.
    static func run<Column: ImportedContextColumn>(
        _ file: CSVFile, into _: Column.Type, db: Database
    ) throws -> ImportReport {
        let isPlayer = Column.self == ImportedPlayerContextColumn.self
        let target = Column.contextTable.name
        let key = Column.entity.name
        try file.require(["game_date", key])
        // The columns a context row has, as readers and exports see them (generated ones included,
        // storage ones not), by SQLite type.
        var types: [String: String] = [:]
        for column in Column.contextTable.logicalColumns {
            types[column.name] = column.type.sqliteType
        }
        let ignoredColumns = file.header.filter { types[$0] == nil && $0 != "captured_at" }
        let runColumns: Set<String> = ["run_id", "input_fingerprint"]
        var upsert = try Upsert(
            db, columns: Column.allCases, key: [.gameDate, .entity], unchecked: [.sourceFile, .importedAt])
        var seen: [String: Int] = [:]
        var dates: Set<String> = []
        var tipoffs = try TipoffLookup(db)
        var postTipoff = 0
        try file.forEachRecord { fields in
            let date = try fields.date("game_date")
            let entity = try fields.requiredText(key)
            if isPlayer {
                guard entity == PlayerLookup.fold(entity) else {
                    throw fields.error("player_lookup \"\(entity)\" is not a lookup (lower-case letters and digits)")
                }
            } else if TeamDirectory.team(tricode: entity) == nil {
                throw fields.error("unknown team code \"\(entity)\" in team_abbr")
            }
            if let earlier = seen["\(date)/\(entity)"] {
                throw fields.error("duplicate context row for \(entity) on \(date) (also on line \(earlier))")
            }
            seen["\(date)/\(entity)"] = fields.line
            dates.insert(date)
            if let team = fields.optionalText("team_abbr"), TeamDirectory.team(tricode: team) == nil {
                throw fields.error("unknown team code \"\(team)\" in team_abbr")
            }
            let origin = fields.optionalText("context_origin") ?? ContextOrigin.observed.rawValue
            guard ContextOrigin(rawValue: origin) != nil else {
                throw fields.error("context_origin must be observed or synthetic, found \"\(origin)\"")
            }
            var payload: [String: String] = [:]
            for column in file.header where types[column] != nil && !runColumns.contains(column) {
                guard let text = fields.optionalText(column) else { continue }
                payload[column] = try jsonValue(text, type: types[column]!, column: column, fields: fields)
            }
            payload["context_origin"] = JSONText.quote(origin)
            let json =
                "{" + payload.keys.sorted().map { "\(JSONText.quote($0)):\(payload[$0]!)" }.joined(separator: ",") + "}"
            let captured = fields.text("captured_at").isEmpty ? nil : try RowChecks.utcTimestamp(fields, "captured_at")
            if let captured,
                !ScheduledTipoff.isBefore(
                    captured, tipoff: try tipoffs.tipoff(date: date, team: fields.optionalText("team_abbr")))
            {
                postTipoff += 1
            }
            let row: TableRow<Column> = [
                .gameDate: date, .entity: entity, .contextOrigin: origin, .payload: json, .capturedAt: captured,
                .sourceFile: file.path, .importedAt: Timestamp.now(),
            ]
            try upsert.write(row, db: db)
        }
        let delta = try upsert.delta(db)
        var notes = ["\(isPlayer ? "player" : "team") context rows for \(target)"]
        notes += PostTipoff.notes(postTipoff)
        if !ignoredColumns.isEmpty {
            notes.append("ignored columns Hindcast does not have: \(ignoredColumns.joined(separator: ", "))")
        }
        return ImportReport(
            kind: .context, file: file.path, rowsRead: seen.count, inserted: delta.inserted, updated: delta.updated,
            notes: notes, dates: dates.sorted())
    }

    /// A CSV value as JSON for the payload, checked against the column's declared type.
    static func jsonValue(_ text: String, type: String, column: String, fields: CSVFields) throws -> String {
        if type.contains("INT") {
            switch text.lowercased() {
            case "true": return "1"
            case "false": return "0"
            default:
                guard let value = try fields.optionalInt(column) else { return "null" }
                return String(value)
            }
        }
        if type.contains("REAL") {
            guard let value = try fields.optionalDouble(column) else { return "null" }
            return String(value)
        }
        return JSONText.quote(text)
    }
}
