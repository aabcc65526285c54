import GRDB
import HindcastCore

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

    /// Loads `date`'s rows.
    static func load(_ db: Database, date: GameDate) throws -> GameDay {
        let day = date.description
        var prints: [String: Fingerprint] = [:]
        var lines: [BoxLine] = []
        let box = try Row.fetchCursor(
            db,
            sql: """
                SELECT game_code, game_id, season_year, season_type, team_tricode, opp_tricode, is_home, starter,
                    player_id_bbref, player_name, player_lookup, played, dnp_reason, mp,
                    fg, fga, fg3, fg3a, ft, fta, orb, drb, trb, ast, stl, blk, tov, pf, pts, plus_minus
                FROM player_boxscores WHERE game_date = ? ORDER BY game_code, player_id_bbref
                """, arguments: [day])
        while let row = try box.next() {
            let gameCode: String = row[0]
            prints[gameCode, default: Fingerprint()].add(row: row)
            lines.append(boxLine(row))
        }
        var games: [String: ScheduledGame] = [:]
        let schedule = try Row.fetchCursor(
            db,
            sql: """
                SELECT game_code, away_tricode, home_tricode, away_pts, home_pts, overtimes
                FROM schedule WHERE game_date = ? ORDER BY game_code
                """, arguments: [day])
        while let row = try schedule.next() {
            let game = ScheduledGame(
                gameCode: row[0], awayTricode: row[1], homeTricode: row[2], awayPoints: row[3], homePoints: row[4],
                overtimes: row[5] ?? 0)
            prints[game.gameCode, default: Fingerprint()].add(row: row)
            games[game.gameCode] = game
        }
        var zones: [String: ZoneCounts] = [:]
        var teamsWithZones = Set<TeamGameKey>()
        let zoneRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT game_code, universal_player_id, team_tricode,
                    ra_fga + paint_nonra_fga, ra_fgm + paint_nonra_fgm, midrange_fga, midrange_fgm,
                    corner3_left_fga + corner3_right_fga + above_break3_fga + backcourt_fga,
                    corner3_left_fgm + corner3_right_fgm + above_break3_fgm + backcourt_fgm
                FROM shot_zones
                WHERE game_date = ? AND match_status = 'matched' AND game_code IS NOT NULL
                    AND universal_player_id IS NOT NULL
                ORDER BY game_code, universal_player_id
                """, arguments: [day])
        while let row = try zoneRows.next() {
            let gameCode: String = row[0]
            let playerID: String = row[1]
            prints[gameCode, default: Fingerprint()].add(row: row)
            zones[gameCode + "/" + playerID] = ZoneCounts(
                paintAttempts: row[3], paintMakes: row[4], midRangeAttempts: row[5], midRangeMakes: row[6],
                threeAttempts: row[7], threeMakes: row[8])
            teamsWithZones.insert(TeamGameKey(gameCode: gameCode, team: row[2]))
        }
        var inactives: [InactiveEntry] = []
        let inactiveRows = try Row.fetchCursor(
            db,
            sql: """
                SELECT game_code, game_id, season_type, team_tricode, player_id_bbref, player_name, player_lookup
                FROM inactives WHERE game_date = ? ORDER BY game_code, player_id_bbref
                """, arguments: [day])
        while let row = try inactiveRows.next() {
            let entry = InactiveEntry(
                gameCode: row[0], gameID: row[1], seasonType: row[2], team: row[3], playerID: row[4],
                playerName: row[5], playerLookup: row[6])
            prints[entry.gameCode, default: Fingerprint()].add(row: row)
            inactives.append(entry)
        }
        return GameDay(
            date: date, lines: lines, games: games, zones: zones, teamsWithZones: teamsWithZones,
            inactives: inactives, gameFingerprints: prints)
    }

    private static func boxLine(_ row: Row) -> BoxLine {
        let played: Bool = row[11]
        var stats: BoxStats?
        var seconds: Int?
        if played {
            seconds = parseSeconds(row[13])
            stats = BoxStats(
                fg: row[14] ?? 0, fga: row[15] ?? 0, fg3: row[16] ?? 0, fg3a: row[17] ?? 0, ft: row[18] ?? 0,
                fta: row[19] ?? 0, orb: row[20] ?? 0, drb: row[21] ?? 0, trb: row[22] ?? 0, ast: row[23] ?? 0,
                stl: row[24] ?? 0, blk: row[25] ?? 0, tov: row[26] ?? 0, pf: row[27] ?? 0, pts: row[28] ?? 0)
        }
        return BoxLine(
            gameCode: row[0], gameID: row[1], seasonYear: row[2], seasonType: row[3], team: row[4], opponent: row[5],
            isHome: row[6], starter: row[7], playerID: row[8], playerName: row[9], playerLookup: row[10],
            played: played, dnpReason: row[12], seconds: seconds, stats: stats, plusMinus: row[29])
    }

    /// `"MM:SS"` as seconds; 0 when unreadable (the importer has already refused bad values).
    static func parseSeconds(_ text: String?) -> Int {
        guard let text else { return 0 }
        let parts = text.split(separator: ":")
        guard parts.count == 2, let minutes = Int(parts[0]), let seconds = Int(parts[1]) else { return 0 }
        return minutes * 60 + seconds
    }
}
