import GRDB
import HindcastCore

/// Imports pre-game injury report snapshots (format in docs/data-formats.md).
enum InjuryReportImporter {
    static let columns = ["game_date", "report_time", "team_tricode", "player_name", "status", "reason"]
    static let statuses = ["out", "doubtful", "questionable", "probable", "available"]

    /// The `injury_reports` columns every row writes.
    static let tableColumns = [
        "game_date", "report_time", "team_tricode", "player_name", "player_lookup", "universal_player_id", "status",
        "reason",
    ]

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns)
        var matcher = PlayerMatcher(registry: try PlayerRegistry.load(db))
        var matches: [String: Int] = [:]
        var unmatched: [String: Int] = [:]
        var seen: [String: Int] = [:]
        var dates: Set<String> = []
        var tipoffs = try TipoffLookup(db)
        var postTipoff = 0
        var upsert = try Upsert(
            db, table: "injury_reports", columns: tableColumns, key: ["game_date", "player_lookup", "report_time"])
        try file.forEachRecord { fields in
            let date = try fields.date("game_date")
            let time = try RowChecks.utcTimestamp(fields, "report_time")
            guard let team = try RowChecks.optionalTricode(fields, "team_tricode") else {
                throw fields.error("team_tricode is empty")
            }
            let status = fields.text("status").lowercased()
            guard statuses.contains(status) else {
                throw fields.error(
                    "unknown status \"\(fields.text("status"))\" (expected \(statuses.joined(separator: ", ")))")
            }
            let name = try fields.requiredText("player_name")
            let match = try matcher.match(name: name, date: date, team: team, db: db)
            let key = "\(date)/\(match.lookup)/\(time)"
            if let earlier = seen[key] {
                throw fields.error("duplicate report for \(name) at \(time) (also on line \(earlier))")
            }
            seen[key] = fields.line
            dates.insert(date)
            if !ScheduledTipoff.isBefore(time, tipoff: try tipoffs.tipoff(date: date, team: team)) { postTipoff += 1 }
            matches[match.status.rawValue, default: 0] += 1
            if match.universalID == nil { unmatched[name, default: 0] += 1 }
            try upsert.write(
                [
                    "game_date": date, "report_time": time, "team_tricode": team, "player_name": name,
                    "player_lookup": match.lookup, "universal_player_id": match.universalID, "status": status,
                    "reason": fields.optionalText("reason"),
                ], db: db)
        }
        let delta = try upsert.delta(db)
        return ImportReport(
            kind: .injuryReports, file: file.path, rowsRead: seen.count, inserted: delta.inserted,
            updated: delta.updated, matches: matches, unmatchedNames: unmatched, notes: PostTipoff.notes(postTipoff),
            dates: dates.sorted())
    }
}
