import GRDB
import HindcastCore
import HindcastStore

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

    /// The team offence summary columns the defensive ratings are computed from.
    static let offenseColumns = ColumnSelection<TeamOffenseGameSummaryColumn>([
        .gameId, .teamAbbr, .opponentTeamAbbr, .gameDate, .pointsScored, .fgAttempts, .ftAttempts, .turnovers,
        .offensiveRebounds,
    ])

    /// The season's games before the request's date, from the run's shared history, and the
    /// teams' defensive ratings from the season's team offence summaries.
    static func load(_ db: Database, request: ProcessorRequest) throws -> SeasonHistory {
        let log = try request.history.playerLog(db, from: request.seasonStart, before: request.date)
        var totals: [String: [String: TeamDefenseTimeline.TeamGameTotals]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(offenseColumns.sql)
                FROM team_offense_game_summary WHERE game_date >= ? AND game_date < ?
                """, arguments: [request.seasonStart.description, request.date.description])
        while let row = try rows.next() {
            let column = offenseColumns.index
            guard let date = GameDate(row[column(.gameDate)] as String) else { continue }
            var team = TeamDefenseTimeline.TeamGameTotals(
                date: date, team: row[column(.teamAbbr)], opponent: row[column(.opponentTeamAbbr)])
            team.points = row[column(.pointsScored)]
            team.fieldGoalAttempts = row[column(.fgAttempts)]
            team.freeThrowAttempts = row[column(.ftAttempts)]
            team.turnovers = row[column(.turnovers)]
            team.offensiveRebounds = row[column(.offensiveRebounds)]
            totals[row[column(.gameId)] as String, default: [:]][team.team] = team
        }
        var byPlayer: [String: [PastGame]] = [:]
        log.forEachPlayer { player, games in byPlayer[player] = Array(games.reversed()) }
        return SeasonHistory(
            byPlayer: byPlayer,
            teamDefense: TeamDefenseTimeline.build(totals, through: request.date))
    }
}
