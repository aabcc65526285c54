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
    let zones: ZoneTotals?
    /// The row's values as one text (built by SQLite), for input fingerprints.
    let fingerprint: String
}

/// Each player's last 20 games of the season before an analysis date, newest first: one query.
struct PlayerZoneHistory: Sendable {
    static let maximumGames = 20

    let byPlayer: [String: [PlayerZoneGame]]

    /// Loads the games of `seasonYear` from `opening` (when known) up to, not including, `date`.
    /// A game counts when the player was active and played minutes or took a shot.
    static func load(
        _ db: Database, before date: GameDate, seasonYear: Int, opening: GameDate?
    ) throws
        -> PlayerZoneHistory
    {
        var byPlayer: [String: [PlayerZoneGame]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT player_lookup, universal_player_id, team_abbr, game_date, fg_attempts, three_pt_attempts,
                    three_pt_makes, has_complete_shot_zones, paint_attempts, paint_makes, mid_range_attempts,
                    mid_range_makes, three_attempts_pbp, three_makes_pbp,
                    player_lookup || '|' || universal_player_id || '|' || team_abbr || '|' || game_date || '|'
                        || ifnull(fg_attempts, '-') || '|' || ifnull(three_pt_attempts, '-') || '|'
                        || ifnull(three_pt_makes, '-') || '|' || has_complete_shot_zones || '|'
                        || ifnull(paint_attempts, '-') || '|' || ifnull(paint_makes, '-') || '|'
                        || ifnull(mid_range_attempts, '-') || '|' || ifnull(mid_range_makes, '-') || '|'
                        || ifnull(three_attempts_pbp, '-') || '|' || ifnull(three_makes_pbp, '-')
                FROM (
                    SELECT player_lookup, universal_player_id, team_abbr, game_date, fg_attempts, three_pt_attempts,
                        three_pt_makes, has_complete_shot_zones, paint_attempts, paint_makes, mid_range_attempts,
                        mid_range_makes, three_attempts_pbp, three_makes_pbp,
                        ROW_NUMBER() OVER (PARTITION BY player_lookup ORDER BY game_date DESC) AS recency
                    FROM player_game_summary
                    WHERE game_date >= ? AND game_date < ? AND season_year = ? AND is_active = 1
                        AND (is_dnp = 0 OR fg_attempts > 0)
                )
                WHERE recency <= ?
                ORDER BY player_lookup, game_date DESC
                """,
            arguments: [
                (opening ?? GameDate(dayNumber: 0)).description, date.description, seasonYear, maximumGames,
            ])
        while let row = try rows.next() {
            let complete: Bool = row[7]
            var zones: ZoneTotals?
            if complete, let paintAttempts: Int = row[8], let paintMakes: Int = row[9], let midAttempts: Int = row[10],
                let midMakes: Int = row[11], let threeAttempts: Int = row[12], let threeMakes: Int = row[13]
            {
                zones = ZoneTotals(
                    paintAttempts: paintAttempts, paintMakes: paintMakes, midRangeAttempts: midAttempts,
                    midRangeMakes: midMakes, threeAttempts: threeAttempts, threeMakes: threeMakes)
            }
            let game = PlayerZoneGame(
                playerLookup: row[0], playerID: row[1], team: row[2], fieldGoalAttempts: row[4] ?? 0,
                threeAttempts: row[5] ?? 0, threeMakes: row[6] ?? 0, zones: zones, fingerprint: row[14])
            byPlayer[game.playerLookup, default: []].append(game)
        }
        return PlayerZoneHistory(byPlayer: byPlayer)
    }
}

/// Field-goal attempts and makes by zone (paint, mid-range, three), summed over games.
struct ZoneTotals: Sendable, Equatable {
    var paintAttempts = 0, paintMakes = 0
    var midRangeAttempts = 0, midRangeMakes = 0
    var threeAttempts = 0, threeMakes = 0

    /// Attempts over all zones.
    var attempts: Int { paintAttempts + midRangeAttempts + threeAttempts }

    static func += (lhs: inout ZoneTotals, rhs: ZoneTotals) {
        lhs.paintAttempts += rhs.paintAttempts
        lhs.paintMakes += rhs.paintMakes
        lhs.midRangeAttempts += rhs.midRangeAttempts
        lhs.midRangeMakes += rhs.midRangeMakes
        lhs.threeAttempts += rhs.threeAttempts
        lhs.threeMakes += rhs.threeMakes
    }
}
