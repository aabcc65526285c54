import GRDB
import HindcastCore

/// Imports NBA.com shot-chart zone counts per player and game, matched to box-score players by
/// name, date and team. Unmatched rows are kept with their status, counted and listed.
enum ShotZoneImporter {
    static let zones = ["ra", "paint_nonra", "midrange", "corner3_left", "corner3_right", "above_break3", "backcourt"]
    static let zoneColumns = zones.flatMap { ["\($0)_fga", "\($0)_fgm"] }
    static let columns =
        [
            "season", "GAME_ID", "GAME_DATE", "HOME_TEAM", "AWAY_TEAM", "TEAM_ID", "TEAM_NAME", "PLAYER_ID",
            "PLAYER_NAME",
        ]
        + zoneColumns + ["fga_total", "fg3a_total"]

    /// The `shot_zones` columns every row writes.
    static let tableColumns =
        [
            "nba_game_id", "nba_player_id", "game_date", "season", "home_tricode", "away_tricode", "nba_team_id",
            "team_name", "team_tricode", "player_name",
        ] + zoneColumns + [
            "fga_total", "fg3a_total", "player_lookup", "universal_player_id", "game_code", "match_status",
        ]

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns)
        var seen: [String: Int] = [:]
        var dates: Set<String> = []
        var matcher = PlayerMatcher(registry: try PlayerRegistry.load(db))
        var matches: [String: Int] = [:]
        var unmatched: [String: Int] = [:]
        var upsert = try Upsert(db, table: "shot_zones", columns: tableColumns, key: ["nba_game_id", "nba_player_id"])
        try file.forEachRecord { fields in
            var row = try parse(fields)
            let key = "\(row["nba_game_id"] as! String)/\(row["nba_player_id"] as! String)"
            if let earlier = seen[key] {
                throw fields.error("duplicate player-game \(key) (also on line \(earlier))")
            }
            seen[key] = fields.line
            dates.insert(row["game_date"] as! String)
            let match = try matcher.match(
                name: row["player_name"] as! String, date: row["game_date"] as! String,
                team: row["team_tricode"] as? String, db: db)
            let matched = match.status == .boxscore
            row["player_lookup"] = match.lookup
            row["universal_player_id"] = matched ? match.universalID : nil
            row["game_code"] = matched ? match.gameCode : nil
            row["match_status"] = matched ? "matched" : "unmatched"
            matches[matched ? MatchStatus.boxscore.rawValue : MatchStatus.unmatched.rawValue, default: 0] += 1
            if !matched { unmatched[row["player_name"] as! String, default: 0] += 1 }
            try upsert.write(row, db: db)
        }
        let delta = try upsert.delta(db)
        return ImportReport(
            kind: .shotZones, file: file.path, rowsRead: seen.count, inserted: delta.inserted, updated: delta.updated,
            matches: matches, unmatchedNames: unmatched, dates: dates.sorted())
    }

    static func parse(_ fields: CSVFields) throws -> [String: (any DatabaseValueConvertible)?] {
        let seasonYear = try RowChecks.seasonYear(fields)
        let date = try fields.date("GAME_DATE")
        try RowChecks.dateInSeason(date, seasonYear: seasonYear, fields: fields)
        for column in ["HOME_TEAM", "AWAY_TEAM"] {
            guard TeamDirectory.team(tricode: fields.text(column)) != nil else {
                throw fields.error("unknown team code \"\(fields.text(column))\" in \(column)")
            }
        }
        guard let team = TeamDirectory.team(named: fields.text("TEAM_NAME")) else {
            throw fields.error("unknown team \"\(fields.text("TEAM_NAME"))\" in TEAM_NAME")
        }
        guard team.tricode == fields.text("HOME_TEAM") || team.tricode == fields.text("AWAY_TEAM") else {
            throw fields.error("\(team.tricode) does not play in game \(fields.text("GAME_ID"))")
        }
        var row: [String: (any DatabaseValueConvertible)?] = [
            "nba_game_id": try fields.requiredText("GAME_ID"), "nba_player_id": try fields.requiredText("PLAYER_ID"),
            "game_date": date, "season": fields.text("season"), "home_tricode": fields.text("HOME_TEAM"),
            "away_tricode": fields.text("AWAY_TEAM"), "nba_team_id": try fields.requiredText("TEAM_ID"),
            "team_name": fields.text("TEAM_NAME"), "team_tricode": team.tricode,
            "player_name": try fields.requiredText("PLAYER_NAME"),
        ]
        var attempts = 0
        var threes = 0
        for zone in zones {
            guard let fga = try fields.optionalCount("\(zone)_fga"), let fgm = try fields.optionalCount("\(zone)_fgm")
            else {
                throw fields.error("\(zone)_fga and \(zone)_fgm are required")
            }
            guard fgm <= fga else { throw fields.error("impossible stats: \(zone)_fgm \(fgm) > \(zone)_fga \(fga)") }
            row["\(zone)_fga"] = fga
            row["\(zone)_fgm"] = fgm
            attempts += fga
            if ["corner3_left", "corner3_right", "above_break3", "backcourt"].contains(zone) { threes += fga }
        }
        let total = try fields.int("fga_total")
        let totalThrees = try fields.int("fg3a_total")
        guard total == attempts else {
            throw fields.error("fga_total \(total) is not the sum of the zones (\(attempts))")
        }
        guard totalThrees == threes else {
            throw fields.error("fg3a_total \(totalThrees) is not the sum of the three-point zones (\(threes))")
        }
        row["fga_total"] = total
        row["fg3a_total"] = totalThrees
        return row
    }
}
