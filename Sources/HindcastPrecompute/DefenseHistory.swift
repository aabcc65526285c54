import GRDB
import HindcastCore
import HindcastStore

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

    /// The columns read, in fingerprint order.
    static let columns = ColumnSelection<TeamDefenseGameSummaryColumn>([
        .defendingTeamAbbr, .gameDate, .gameId, .pointsAllowed, .oppThreePtAttempts, .oppThreePtMakes,
        .oppPaintAttempts, .oppPaintMakes, .oppMidRangeAttempts, .oppMidRangeMakes, .pointsInPaintAllowed,
        .defensiveRating, .opponentPace,
    ])

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
                SELECT \(columns.sql)
                FROM team_defense_game_summary
                WHERE game_date >= ? AND game_date < ? AND season_year = ?
                ORDER BY defending_team_abbr, game_date DESC
                """, arguments: [(opening ?? GameDate(dayNumber: 0)).description, date.description, seasonYear])
        while let row = try rows.next() {
            var print = Fingerprint()
            print.add(row: row)
            let column = columns.index
            let game = DefenseGame(
                team: row[column(.defendingTeamAbbr)], date: GameDate(row[column(.gameDate)] as String) ?? date,
                pointsAllowed: row[column(.pointsAllowed)], threeAttempts: row[column(.oppThreePtAttempts)],
                threeMakes: row[column(.oppThreePtMakes)], paintAttempts: row[column(.oppPaintAttempts)],
                paintMakes: row[column(.oppPaintMakes)], midRangeAttempts: row[column(.oppMidRangeAttempts)],
                midRangeMakes: row[column(.oppMidRangeMakes)], paintPoints: row[column(.pointsInPaintAllowed)],
                defensiveRating: row[column(.defensiveRating)], opponentPace: row[column(.opponentPace)],
                fingerprint: print.hex)
            byTeam[game.team, default: []].append(game)
        }
        return DefenseHistory(byTeam: byTeam)
    }
}
