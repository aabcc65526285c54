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

    /// The season's games before the request's date, from the run's shared history, and the
    /// teams' defensive ratings from the season's team offence summaries.
    static func load(_ db: Database, request: ProcessorRequest) throws -> SeasonHistory {
        let log = try request.history.playerLog(db, from: request.seasonStart, before: request.date)
        var totals: [String: [String: TeamDefenseTimeline.TeamGameTotals]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT game_id, team_abbr, opponent_team_abbr, game_date, points_scored, fg_attempts, ft_attempts,
                    turnovers, offensive_rebounds
                FROM team_offense_game_summary WHERE game_date >= ? AND game_date < ?
                """, arguments: [request.seasonStart.description, request.date.description])
        while let row = try rows.next() {
            guard let date = GameDate(row[3] as String) else { continue }
            var team = TeamDefenseTimeline.TeamGameTotals(date: date, team: row[1], opponent: row[2])
            team.points = row[4]
            team.fieldGoalAttempts = row[5]
            team.freeThrowAttempts = row[6]
            team.turnovers = row[7]
            team.offensiveRebounds = row[8]
            totals[row[0] as String, default: [:]][team.team] = team
        }
        var byPlayer: [String: [PastGame]] = [:]
        log.forEachPlayer { player, games in byPlayer[player] = Array(games.reversed()) }
        return SeasonHistory(
            byPlayer: byPlayer,
            teamDefense: TeamDefenseTimeline.build(totals, through: request.date))
    }
}
