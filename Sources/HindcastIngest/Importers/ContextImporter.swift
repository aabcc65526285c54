import GRDB
import HindcastCore

/// Imports rows exported from a production context table (or from `hindcast export`): CSV with
/// the reference's column names. A file with `player_lookup` holds player context, otherwise
/// `team_abbr` marks team context. Rows are stored as observed unless a `context_origin` column
/// says otherwise; the context processors turn them into context rows that synthesis never
/// overwrites.
enum ContextImporter {
    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        let isPlayer = file.index(of: "player_lookup") != nil
        let target = isPlayer ? "upcoming_player_game_context" : "upcoming_team_game_context"
        let key = isPlayer ? "player_lookup" : "team_abbr"
        try file.require(["game_date", key])
        var types: [String: String] = [:]
        for column in try GRDB.Row.fetchAll(db, sql: "PRAGMA table_info(\(target))") {
            types[column["name"]] = (column["type"] as String).uppercased()
        }
        let ignoredColumns = file.header.filter { types[$0] == nil }
        let runColumns: Set<String> = ["run_id", "input_fingerprint"]
        var rows: [[String: (any DatabaseValueConvertible)?]] = []
        var seen: [String: Int] = [:]
        for record in file.records {
            let fields = file.fields(record)
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
            seen["\(date)/\(entity)"] = record.line
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
            rows.append([
                "game_date": date, (isPlayer ? "player_lookup" : "team_abbr"): entity, "context_origin": origin,
                "payload": json, "source_file": file.path, "imported_at": Timestamp.now(),
            ])
        }
        let table = isPlayer ? "imported_player_context" : "imported_team_context"
        let columns = ["game_date", key, "context_origin", "payload", "source_file", "imported_at"]
        var upsert = try Upsert(
            db, table: table, columns: columns, key: ["game_date", key], unchecked: ["source_file", "imported_at"])
        for row in rows { try upsert.write(row, db: db) }
        let delta = try upsert.delta(db)
        var notes = ["\(isPlayer ? "player" : "team") context rows for \(target)"]
        if !ignoredColumns.isEmpty {
            notes.append("ignored columns Hindcast does not have: \(ignoredColumns.joined(separator: ", "))")
        }
        return ImportReport(
            kind: .context, file: file.path, rowsRead: rows.count, inserted: delta.inserted, updated: delta.updated,
            notes: notes, dates: Array(Set(rows.map { $0["game_date"] as! String })).sorted())
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
