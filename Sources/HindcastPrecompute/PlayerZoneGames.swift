import GRDB
import HindcastCore

/// One game a player actually played (a `player_game_summary` row), as the shot-zone analysis reads it.
struct PlayerZoneGame: Sendable {
    let playerLookup: String
    let playerID: String
    let team: String
    let fieldGoalAttempts: Int
    let threeAttempts: Int
    let threeMakes: Int
    /// Zone counts, present only when the game's shot zones are complete.
    let zones: ZoneCounts?
    /// Hash of the row's values, for input fingerprints.
    let fingerprint: Fingerprint

    init(_ entry: PlayerGameLogEntry) {
        playerLookup = entry.playerLookup
        playerID = entry.universalPlayerID
        team = entry.team
        fieldGoalAttempts = entry.fgAttempts ?? 0
        threeAttempts = entry.threeAttempts ?? 0
        threeMakes = entry.threeMakes ?? 0
        zones = entry.zones
        var print = Fingerprint()
        print.add(entry.playerLookup)
        print.add(entry.universalPlayerID)
        print.add(entry.team)
        print.add(entry.date)
        print.add(entry.fgAttempts)
        print.add(entry.threeAttempts)
        print.add(entry.threeMakes)
        for value in [zones?.paintAttempts, zones?.paintMakes, zones?.midRangeAttempts, zones?.midRangeMakes] {
            print.add(value)
        }
        print.add(zones?.threeAttempts)
        print.add(zones?.threeMakes)
        fingerprint = print
    }
}

/// Each player's last 20 games of the season before an analysis date, newest first, from the
/// run's shared history.
struct PlayerZoneHistory: Sendable {
    static let maximumGames = 20

    let byPlayer: [String: [PlayerZoneGame]]

    /// The season's games before the request's date. A game counts when the player was active and
    /// played minutes or took a shot.
    static func load(_ db: Database, request: ProcessorRequest) throws -> PlayerZoneHistory {
        let log = try request.history.playerLog(db, from: request.seasonStart, before: request.date)
        var byPlayer: [String: [PlayerZoneGame]] = [:]
        log.forEachPlayer { player, entries in
            var games: [PlayerZoneGame] = []
            for entry in entries where entry.isActive && (!entry.isDNP || (entry.fgAttempts ?? 0) > 0) {
                games.append(PlayerZoneGame(entry))
                if games.count == maximumGames { break }
            }
            if !games.isEmpty { byPlayer[player] = games }
        }
        return PlayerZoneHistory(byPlayer: byPlayer)
    }
}
