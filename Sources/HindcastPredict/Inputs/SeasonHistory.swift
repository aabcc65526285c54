import GRDB
import HindcastCore

/// Every player's earlier games this season (strictly before the date), loaded with one query,
/// and the teams' defensive ratings rebuilt from them.
public struct SeasonHistory: Sendable {
    /// Per player, oldest first.
    public let byPlayer: [String: [PastGame]]
    public let teamDefense: TeamDefenseTimeline

    public init(byPlayer: [String: [PastGame]], teamDefense: TeamDefenseTimeline) {
        self.byPlayer = byPlayer
        self.teamDefense = teamDefense
    }

    /// A season before its first game.
    public static let empty = SeasonHistory(byPlayer: [:], teamDefense: .empty)

    /// A player's earlier games, oldest first.
    public func games(of player: String) -> [PastGame] { byPlayer[player] ?? [] }

    /// The games of `seasonYear` before `date`.
    static func load(_ db: Database, before date: GameDate, seasonYear: Int) throws -> SeasonHistory {
        var byPlayer: [String: [PastGame]] = [:]
        var totals: [String: [String: TeamDefenseTimeline.TeamGameTotals]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT player_lookup, game_date, game_id, team_abbr, opponent_team_abbr, home_game, points,
                    minutes_played, is_dnp, fg_attempts, ft_attempts, turnovers, offensive_rebounds
                FROM player_game_summary WHERE game_date < ? AND season_year = ?
                ORDER BY player_lookup, game_date
                """, arguments: [date.description, seasonYear])
        while let row = try rows.next() {
            guard let day = GameDate(row[1] as String) else { continue }
            let game = PastGame(
                date: day, gameID: row[2], team: row[3], opponent: row[4], isHome: row[5], points: row[6],
                minutes: row[7], isDNP: row[8])
            byPlayer[row[0], default: []].append(game)
            var team =
                totals[game.gameID]?[game.team]
                ?? TeamDefenseTimeline.TeamGameTotals(date: day, team: game.team, opponent: game.opponent)
            team.points += game.points ?? 0
            team.fieldGoalAttempts += (row[9] as Int?) ?? 0
            team.freeThrowAttempts += (row[10] as Int?) ?? 0
            team.turnovers += (row[11] as Int?) ?? 0
            team.offensiveRebounds += (row[12] as Int?) ?? 0
            totals[game.gameID, default: [:]][game.team] = team
        }
        return SeasonHistory(byPlayer: byPlayer, teamDefense: TeamDefenseTimeline.build(totals, through: date))
    }
}
