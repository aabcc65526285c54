import GRDB
import HindcastCore

/// Imports sportsbook player-points lines scraped before tip-off, resolving each book's spelling
/// of the player's name to a registry player. Rows that match no player are kept, counted and
/// listed, never dropped.
enum PropLineImporter {
    static let columns = [
        "game_date", "tipoff_utc", "player_name", "team_tricode", "opp_tricode", "is_home", "bookmaker", "market",
        "line", "over_price", "under_price",
    ]

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns)
        var rows: [[String: (any DatabaseValueConvertible)?]] = []
        var seen: [String: Int] = [:]
        for record in file.records {
            let fields = file.fields(record)
            let date = try fields.date("game_date")
            let tipoff = try RowChecks.utcTimestamp(fields, "tipoff_utc")
            let name = try fields.requiredText("player_name")
            let bookmaker = try fields.requiredText("bookmaker").lowercased()
            let market = try fields.requiredText("market")
            guard let line = try fields.optionalDouble("line") else { throw fields.error("line is empty") }
            guard line > 0, line < 100, (line * 2).rounded() == line * 2 else {
                throw fields.error("impossible line \(fields.text("line")) (expected a positive half point below 100)")
            }
            let over = try RowChecks.price(fields, "over_price")
            let under = try RowChecks.price(fields, "under_price")
            let key = "\(date)/\(name)/\(bookmaker)/\(market)/\(line)/\(tipoff)"
            if let earlier = seen[key] { throw fields.error("duplicate line row (also on line \(earlier))") }
            seen[key] = record.line
            rows.append([
                "game_date": date, "tipoff_utc": tipoff, "player_name": name,
                "team_tricode": try RowChecks.optionalTricode(fields, "team_tricode"),
                "opp_tricode": try RowChecks.optionalTricode(fields, "opp_tricode"),
                "is_home": fields.text("is_home").isEmpty ? nil : try fields.flag("is_home"),
                "bookmaker": bookmaker, "market": market, "line": line, "over_price": over, "under_price": under,
                "captured_at": nil,
            ])
        }
        var matcher = PlayerMatcher(registry: try PlayerRegistry.load(db))
        var matches: [String: Int] = [:]
        var unmatched: [String: Int] = [:]
        let writeColumns =
            columns + ["captured_at", "player_lookup", "universal_player_id", "match_status", "game_code"]
        var upsert = try Upsert(
            db, table: "prop_lines", columns: writeColumns,
            key: ["game_date", "player_name", "bookmaker", "market", "line", "tipoff_utc"])
        for var row in rows {
            let match = try matcher.match(
                name: row["player_name"] as! String, date: row["game_date"] as! String,
                team: (row["team_tricode"] ?? nil) as? String, db: db)
            row["player_lookup"] = match.lookup
            row["universal_player_id"] = match.universalID
            row["match_status"] = match.status.rawValue
            row["game_code"] = match.gameCode
            matches[match.status.rawValue, default: 0] += 1
            if match.universalID == nil { unmatched[row["player_name"] as! String, default: 0] += 1 }
            try upsert.write(row, db: db)
        }
        let delta = try upsert.delta(db)
        return ImportReport(
            kind: .propLines, file: file.path, rowsRead: rows.count, inserted: delta.inserted, updated: delta.updated,
            matches: matches, unmatchedNames: unmatched,
            dates: Array(Set(rows.map { $0["game_date"] as! String })).sorted())
    }
}
