import GRDB
import HindcastCore
import HindcastStore

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
    static let tableColumns: [ShotZonesColumn] =
        [
            .nbaGameId, .nbaPlayerId, .gameDate, .season, .homeTricode, .awayTricode, .nbaTeamId, .teamName,
            .teamTricode, .playerName,
        ]
        + zoneColumns.map { ShotZonesColumn(named: $0)! }
        + [.fgaTotal, .fg3aTotal, .playerLookup, .universalPlayerId, .gameCode, .matchStatus]

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns)
        var seen: [String: Int] = [:]
        var dates: Set<String> = []
        var matcher = PlayerMatcher(registry: try PlayerRegistry.load(db))
        var matches: [String: Int] = [:]
        var unmatched: [String: Int] = [:]
        var upsert = try Upsert(db, columns: tableColumns, key: [.nbaGameId, .nbaPlayerId])
        try file.forEachRecord { fields in
            var row = try parse(fields)
            let key = "\(Self.text(row, .nbaGameId))/\(Self.text(row, .nbaPlayerId))"
            if let earlier = seen[key] {
                throw fields.error("duplicate player-game \(key) (also on line \(earlier))")
            }
            seen[key] = fields.line
            dates.insert(Self.text(row, .gameDate))
            let match = try matcher.match(
                name: Self.text(row, .playerName), date: Self.text(row, .gameDate),
                team: String.fromDatabaseValue(row.value(.teamTricode)), db: db)
            let matched = match.status == .boxscore
            row[.playerLookup] = match.lookup
            row[.universalPlayerId] = matched ? match.universalID : nil
            row[.gameCode] = matched ? match.gameCode : nil
            row[.matchStatus] = matched ? "matched" : "unmatched"
            matches[matched ? MatchStatus.boxscore.rawValue : MatchStatus.unmatched.rawValue, default: 0] += 1
            if !matched { unmatched[Self.text(row, .playerName), default: 0] += 1 }
            try upsert.write(row, db: db)
        }
        let delta = try upsert.delta(db)
        return ImportReport(
            kind: .shotZones, file: file.path, rowsRead: seen.count, inserted: delta.inserted, updated: delta.updated,
            matches: matches, unmatchedNames: unmatched, dates: dates.sorted())
    }

    static func parse(_ fields: CSVFields) throws -> TableRow<ShotZonesColumn> {
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
        var row: TableRow<ShotZonesColumn> = [
            .nbaGameId: try fields.requiredText("GAME_ID"), .nbaPlayerId: try fields.requiredText("PLAYER_ID"),
            .gameDate: date, .season: fields.text("season"), .homeTricode: fields.text("HOME_TEAM"),
            .awayTricode: fields.text("AWAY_TEAM"), .nbaTeamId: try fields.requiredText("TEAM_ID"),
            .teamName: fields.text("TEAM_NAME"), .teamTricode: team.tricode,
            .playerName: try fields.requiredText("PLAYER_NAME"),
        ]
        var attempts = 0
        var threes = 0
        for zone in zones {
            guard let fga = try fields.optionalCount("\(zone)_fga"), let fgm = try fields.optionalCount("\(zone)_fgm")
            else {
                throw fields.error("\(zone)_fga and \(zone)_fgm are required")
            }
            guard fgm <= fga else { throw fields.error("impossible stats: \(zone)_fgm \(fgm) > \(zone)_fga \(fga)") }
            row[ShotZonesColumn(named: "\(zone)_fga")!] = fga
            row[ShotZonesColumn(named: "\(zone)_fgm")!] = fgm
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
        row[.fgaTotal] = total
        row[.fg3aTotal] = totalThrees
        return row
    }

    /// A text column every shot-zone row has.
    static func text(_ row: TableRow<ShotZonesColumn>, _ column: ShotZonesColumn) -> String {
        String.fromDatabaseValue(row.value(column))!
    }
}
