import GRDB
import HindcastCore
import HindcastStore

/// Everything imported for one game day that the game summaries need: box-score lines, the
/// schedule's games, matched shot-zone rows and the inactive lists. One query per table.
struct GameDay: Sendable {
    let date: GameDate
    /// Box-score lines ordered by game, then player id.
    let lines: [BoxLine]
    /// Scheduled games by game code.
    let games: [String: ScheduledGame]
    /// Shot-zone counts by game code and player id (matched rows only).
    let zones: [String: ZoneCounts]
    /// Teams (game code and team) with at least one matched shot-zone row.
    let teamsWithZones: Set<TeamGameKey>
    /// Inactive-list entries ordered by game, then player id.
    let inactives: [InactiveEntry]
    /// Fingerprint of each game's input rows (box scores, schedule, zones, inactives).
    let gameFingerprints: [String: Fingerprint]

    /// Scheduled games of the day without any imported box-score line.
    var scheduledGamesWithoutBoxScores: Int {
        Set(games.keys).subtracting(lines.map(\.gameCode)).count
    }

    /// The zone counts of a player in a game.
    func zone(gameCode: String, playerID: String) -> ZoneCounts? { zones[gameCode + "/" + playerID] }

    /// The fingerprint of a game's inputs (empty when the game has no rows).
    func fingerprint(ofGame gameCode: String) -> Fingerprint { gameFingerprints[gameCode] ?? Fingerprint() }

    /// The box-score columns read, in fingerprint order.
    static let boxColumns = ColumnSelection<PlayerBoxscoresColumn>([
        .gameCode, .gameId, .seasonYear, .seasonType, .teamTricode, .oppTricode, .isHome, .starter, .playerIdBbref,
        .playerName, .playerLookup, .played, .dnpReason, .mp, .fg, .fga, .fg3, .fg3a, .ft, .fta, .orb, .drb, .trb,
        .ast, .stl, .blk, .tov, .pf, .pts, .plusMinus,
    ])

    /// The schedule columns read, in fingerprint order.
    static let scheduleColumns = ColumnSelection<ScheduleColumn>([
        .gameCode, .awayTricode, .homeTricode, .awayPts, .homePts, .overtimes,
    ])

    /// The inactive-list columns read, in fingerprint order.
    static let inactiveColumns = ColumnSelection<InactivesColumn>([
        .gameCode, .gameId, .seasonType, .teamTricode, .playerIdBbref, .playerName, .playerLookup,
    ])

    /// Loads `date`'s rows.
    static func load(_ db: Database, date: GameDate) throws -> GameDay {
        let day = date.description
        var prints: [String: Fingerprint] = [:]
        var lines: [BoxLine] = []
        let box = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(boxColumns.sql)
                FROM player_boxscores WHERE game_date = ? ORDER BY game_code, player_id_bbref
                """, arguments: [day])
        while let row = try box.next() {
            let gameCode: String = row[boxColumns.index(.gameCode)]
            prints[gameCode, default: Fingerprint()].add(row: row)
            lines.append(boxLine(row))
        }
        var games: [String: ScheduledGame] = [:]
        let schedule = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(scheduleColumns.sql)
                FROM schedule WHERE game_date = ? ORDER BY game_code
                """, arguments: [day])
        while let row = try schedule.next() {
            let column = scheduleColumns.index
            let game = ScheduledGame(
                gameCode: row[column(.gameCode)], awayTricode: row[column(.awayTricode)],
                homeTricode: row[column(.homeTricode)], awayPoints: row[column(.awayPts)],
                homePoints: row[column(.homePts)], overtimes: row[column(.overtimes)] ?? 0)
            prints[game.gameCode, default: Fingerprint()].add(row: row)
            games[game.gameCode] = game
        }
        var zones: [String: ZoneCounts] = [:]
        var teamsWithZones = Set<TeamGameKey>()
        let zoneRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT game_code, universal_player_id, team_tricode,
                    ra_fga + paint_nonra_fga AS paint_fga, ra_fgm + paint_nonra_fgm AS paint_fgm, midrange_fga,
                    midrange_fgm,
                    corner3_left_fga + corner3_right_fga + above_break3_fga + backcourt_fga AS three_fga,
                    corner3_left_fgm + corner3_right_fgm + above_break3_fgm + backcourt_fgm AS three_fgm
                FROM shot_zones
                WHERE game_date = ? AND match_status = 'matched' AND game_code IS NOT NULL
                    AND universal_player_id IS NOT NULL
                ORDER BY game_code, universal_player_id
                """, arguments: [day])
        while let row = try zoneRows.next() {
            let gameCode: String = row["game_code"]
            let playerID: String = row["universal_player_id"]
            prints[gameCode, default: Fingerprint()].add(row: row)
            zones[gameCode + "/" + playerID] = ZoneCounts(
                paintAttempts: row["paint_fga"], paintMakes: row["paint_fgm"], midRangeAttempts: row["midrange_fga"],
                midRangeMakes: row["midrange_fgm"], threeAttempts: row["three_fga"], threeMakes: row["three_fgm"])
            teamsWithZones.insert(TeamGameKey(gameCode: gameCode, team: row["team_tricode"]))
        }
        var inactives: [InactiveEntry] = []
        let inactiveRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(inactiveColumns.sql)
                FROM inactives WHERE game_date = ? ORDER BY game_code, player_id_bbref
                """, arguments: [day])
        while let row = try inactiveRows.next() {
            let column = inactiveColumns.index
            let entry = InactiveEntry(
                gameCode: row[column(.gameCode)], gameID: row[column(.gameId)], seasonType: row[column(.seasonType)],
                team: row[column(.teamTricode)], playerID: row[column(.playerIdBbref)],
                playerName: row[column(.playerName)], playerLookup: row[column(.playerLookup)])
            prints[entry.gameCode, default: Fingerprint()].add(row: row)
            inactives.append(entry)
        }
        return GameDay(
            date: date, lines: lines, games: games, zones: zones, teamsWithZones: teamsWithZones,
            inactives: inactives, gameFingerprints: prints)
    }

    private static func boxLine(_ row: Row) -> BoxLine {
        let column = boxColumns.index
        let played: Bool = row[column(.played)]
        var stats: BoxStats?
        var seconds: Int?
        if played {
            seconds = parseSeconds(row[column(.mp)])
            stats = BoxStats(
                fg: row[column(.fg)] ?? 0, fga: row[column(.fga)] ?? 0, fg3: row[column(.fg3)] ?? 0,
                fg3a: row[column(.fg3a)] ?? 0, ft: row[column(.ft)] ?? 0, fta: row[column(.fta)] ?? 0,
                orb: row[column(.orb)] ?? 0, drb: row[column(.drb)] ?? 0, trb: row[column(.trb)] ?? 0,
                ast: row[column(.ast)] ?? 0, stl: row[column(.stl)] ?? 0, blk: row[column(.blk)] ?? 0,
                tov: row[column(.tov)] ?? 0, pf: row[column(.pf)] ?? 0, pts: row[column(.pts)] ?? 0)
        }
        return BoxLine(
            gameCode: row[column(.gameCode)], gameID: row[column(.gameId)], seasonYear: row[column(.seasonYear)],
            seasonType: row[column(.seasonType)], team: row[column(.teamTricode)], opponent: row[column(.oppTricode)],
            isHome: row[column(.isHome)], starter: row[column(.starter)], playerID: row[column(.playerIdBbref)],
            playerName: row[column(.playerName)], playerLookup: row[column(.playerLookup)], played: played,
            dnpReason: row[column(.dnpReason)], seconds: seconds, stats: stats, plusMinus: row[column(.plusMinus)])
    }

    /// `"MM:SS"` as seconds; 0 when unreadable (the importer has already refused bad values).
    static func parseSeconds(_ text: String?) -> Int {
        guard let text else { return 0 }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]) else { return 0 }
        return minutes * 60 + seconds
    }
}
