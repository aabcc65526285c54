import GRDB
import HindcastStore

/// One `team_offense_game_summary` row as downstream processors use it.
public struct TeamGameLogEntry: Sendable, Equatable {
    public let date: GameDate
    public let pace: Double?
    public let offensiveRating: Double?
    public let win: Bool
    public let margin: Int
}

/// Teams' earlier games, newest first.
public struct TeamGameLog: Sendable {
    public let entries: [String: [TeamGameLogEntry]]

    /// The columns read.
    static let columns = ColumnSelection<TeamOffenseGameSummaryColumn>([
        .teamAbbr, .gameDate, .pace, .offensiveRating, .winFlag, .marginOfVictory,
    ])

    /// Rows dated in `start..<end`, newest first per team.
    public static func load(_ db: Database, from start: GameDate, before end: GameDate) throws -> TeamGameLog {
        var entries: [String: [TeamGameLogEntry]] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(columns.sql)
                FROM team_offense_game_summary WHERE game_date >= ? AND game_date < ? ORDER BY game_date DESC
                """, arguments: [start.description, end.description])
        {
            let row = SelectedRow(fetched, columns)
            entries[row[.teamAbbr], default: []].append(
                TeamGameLogEntry(
                    date: GameDate(row[.gameDate] as String)!, pace: row[.pace], offensiveRating: row[.offensiveRating],
                    win: row[.winFlag], margin: row[.marginOfVictory]))
        }
        return TeamGameLog(entries: entries)
    }

    /// The team's entries, newest first.
    public func games(of team: String) -> [TeamGameLogEntry] { entries[team] ?? [] }

    /// Mean pace and offensive rating over the team's last 10 games.
    public func form(of team: String) -> (pace: Double?, offensiveRating: Double?) {
        let last10 = games(of: team).prefix(10)
        return (
            ScoringSummary.mean(last10.compactMap(\.pace)[...]).map(Rounding.tenth),
            ScoringSummary.mean(last10.compactMap(\.offensiveRating)[...]).map(Rounding.hundredth)
        )
    }
}
