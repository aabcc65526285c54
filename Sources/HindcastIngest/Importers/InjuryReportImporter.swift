import GRDB
import HindcastCore
import HindcastStore

/// Imports pre-game injury report snapshots (format in docs/data-formats.md).
enum InjuryReportImporter {
    static let columns: [InjuryReportsColumn] = [
        .gameDate, .reportTime, .teamTricode, .playerName, .status, .reason,
    ]
    static let statuses = ["out", "doubtful", "questionable", "probable", "available"]

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns.map(\.name))
        var matcher = PlayerMatcher(registry: try PlayerRegistry.load(db))
        var matches: [String: Int] = [:]
        var unmatched: [String: Int] = [:]
        var seen: [String: Int] = [:]
        var dates: Set<String> = []
        var tipoffs = try TipoffLookup(db)
        var postTipoff = 0
        var upsert = try Upsert(
            db, columns: InjuryReportsColumn.allCases, key: [.gameDate, .playerLookup, .reportTime])
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
            let row: TableRow<InjuryReportsColumn> = [
                .gameDate: date, .reportTime: time, .teamTricode: team, .playerName: name,
                .playerLookup: match.lookup, .universalPlayerId: match.universalID, .status: status,
                .reason: fields.optionalText("reason"),
            ]
            try upsert.write(row, db: db)
        }
        let delta = try upsert.delta(db)
        return ImportReport(
            kind: .injuryReports, file: file.path, rowsRead: seen.count, inserted: delta.inserted,
            updated: delta.updated, matches: matches, unmatchedNames: unmatched, notes: PostTipoff.notes(postTipoff),
            dates: dates.sorted())
    }
}
