import GRDB

/// One `player_game_summary` row as the downstream processors use it.
public struct PlayerGameLogEntry: Sendable, Equatable {
    public let date: GameDate
    public let team: String
    public let opponent: String
    public let isHome: Bool
    public let isDNP: Bool
    public let points: Int?
    public let minutes: Double?
    public let usageRate: Double?
    public let tsPct: Double?
    public let fgAttempts: Int?
    public let threeAttempts: Int?
    public let ftAttempts: Int?
    public let ftMakes: Int?

    /// The reference's "played" filter: not a DNP, and minutes or points recorded.
    public var played: Bool { !isDNP && ((minutes ?? 0) > 0 || (points ?? 0) > 0) }
}

/// Players' earlier games, newest first, loaded with one query per window.
public struct PlayerGameLog: Sendable {
    /// Entries per player lookup, newest first.
    public let entries: [String: [PlayerGameLogEntry]]

    public init(entries: [String: [PlayerGameLogEntry]]) {
        self.entries = entries
    }

    /// Rows dated in `start..<end` (all players), newest first per player.
    public static func load(_ db: Database, from start: GameDate, before end: GameDate) throws -> PlayerGameLog {
        var entries: [String: [PlayerGameLogEntry]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT player_lookup, game_date, team_abbr, opponent_team_abbr, home_game, is_dnp, points,
                    minutes_played, usage_rate, ts_pct, fg_attempts, three_pt_attempts, ft_attempts, ft_makes
                FROM player_game_summary WHERE game_date >= ? AND game_date < ? ORDER BY game_date DESC
                """, arguments: [start.description, end.description])
        while let row = try rows.next() {
            entries[row[0], default: []].append(
                PlayerGameLogEntry(
                    date: GameDate(row[1] as String)!, team: row[2], opponent: row[3], isHome: row[4], isDNP: row[5],
                    points: row[6], minutes: row[7], usageRate: row[8], tsPct: row[9], fgAttempts: row[10],
                    threeAttempts: row[11], ftAttempts: row[12], ftMakes: row[13]))
        }
        return PlayerGameLog(entries: entries)
    }

    /// The player's entries, newest first (empty when none).
    public func games(of lookup: String) -> [PlayerGameLogEntry] { entries[lookup] ?? [] }
}

/// Scoring and minutes summaries over a player's played games (newest first).
public struct ScoringSummary: Sendable, Equatable {
    public let gamesPlayed: Int
    public let pointsAvgLast5: Double?
    public let pointsAvgLast10: Double?
    public let pointsAvgSeason: Double?
    /// Sample standard deviation of the last 10 games' points (needs two games).
    public let pointsStdLast10: Double?
    public let minutesAvgLast10: Double?
    public let minutesAvgSeason: Double?
    public let usageRateLast10: Double?
    public let usageRateSeason: Double?
    public let tsPctLast10: Double?

    /// Summarises `games` (newest first; DNPs and empty rows are skipped).
    public init(_ games: [PlayerGameLogEntry]) {
        let played = games.filter(\.played)
        let points = played.map { Double($0.points ?? 0) }
        gamesPlayed = played.count
        pointsAvgLast5 = Self.mean(points.prefix(5)).map(Rounding.tenth)
        pointsAvgLast10 = Self.mean(points.prefix(10)).map(Rounding.tenth)
        pointsAvgSeason = Self.mean(points[...]).map(Rounding.tenth)
        pointsStdLast10 = Self.sampleStandardDeviation(Array(points.prefix(10))).map(Rounding.hundredth)
        minutesAvgLast10 = Self.mean(played.prefix(10).compactMap(\.minutes)[...]).map(Rounding.tenth)
        minutesAvgSeason = Self.mean(played.compactMap(\.minutes)[...]).map(Rounding.tenth)
        usageRateLast10 = Self.mean(played.prefix(10).compactMap(\.usageRate)[...]).map(Rounding.hundredth)
        usageRateSeason = Self.mean(played.compactMap(\.usageRate)[...]).map(Rounding.hundredth)
        tsPctLast10 = Self.mean(played.prefix(10).compactMap(\.tsPct)[...]).map(Rounding.thousandth)
    }

    /// The mean, or `nil` for no values.
    public static func mean(_ values: ArraySlice<Double>) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The sample standard deviation, or `nil` below two values.
    public static func sampleStandardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2, let mean = mean(values[...]) else { return nil }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
