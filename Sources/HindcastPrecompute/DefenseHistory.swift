import GRDB
import HindcastCore

/// One team's defensive game (a `team_defense_game_summary` row), as the zone analysis reads it.
struct DefenseGame: Sendable {
    let team: String
    let date: GameDate
    let pointsAllowed: Int
    let threeAttempts: Int
    let threeMakes: Int
    /// Paint and mid-range attempts and makes allowed, when the opponent's shot zones are complete.
    let paintAttempts: Int?
    let paintMakes: Int?
    let midRangeAttempts: Int?
    let midRangeMakes: Int?
    let paintPoints: Int?
    let defensiveRating: Double?
    let opponentPace: Double?
    /// Fingerprint of the row's values.
    let fingerprint: String

    /// Whether the paint and mid-range counts are known.
    var hasZones: Bool { paintAttempts != nil && paintMakes != nil && midRangeAttempts != nil && midRangeMakes != nil }
}

/// The season's defensive games before an analysis date, newest first per team: one query.
struct DefenseHistory: Sendable {
    /// Each team's games, newest first.
    let byTeam: [String: [DefenseGame]]

    /// Loads the games of `seasonYear` dated from `opening` (when known) up to, not including, `date`.
    static func load(
        _ db: Database, before date: GameDate, seasonYear: Int, opening: GameDate?
    ) throws
        -> DefenseHistory
    {
        var byTeam: [String: [DefenseGame]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT defending_team_abbr, game_date, game_id, points_allowed, opp_three_pt_attempts,
                    opp_three_pt_makes, opp_paint_attempts, opp_paint_makes, opp_mid_range_attempts,
                    opp_mid_range_makes, points_in_paint_allowed, defensive_rating, opponent_pace
                FROM team_defense_game_summary
                WHERE game_date >= ? AND game_date < ? AND season_year = ?
                ORDER BY defending_team_abbr, game_date DESC
                """, arguments: [(opening ?? GameDate(dayNumber: 0)).description, date.description, seasonYear])
        while let row = try rows.next() {
            var print = Fingerprint()
            print.add(row: row)
            let game = DefenseGame(
                team: row[0], date: GameDate(row[1] as String) ?? date, pointsAllowed: row[3], threeAttempts: row[4],
                threeMakes: row[5], paintAttempts: row[6], paintMakes: row[7], midRangeAttempts: row[8],
                midRangeMakes: row[9], paintPoints: row[10], defensiveRating: row[11], opponentPace: row[12],
                fingerprint: print.hex)
            byTeam[game.team, default: []].append(game)
        }
        return DefenseHistory(byTeam: byTeam)
    }
}
