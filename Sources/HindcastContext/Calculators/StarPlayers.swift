import HindcastCore

/// Who counts as a star on a game day, from season-to-date games before it (profile thresholds:
/// by default at least 10 games played and 18 points per game, or 28 minutes with 12 points). These
/// are season figures, so the NBA Cup final does not count toward them.
public struct StarPlayers: Sendable {
    public let settings: ContextSettings

    public init(settings: ContextSettings) {
        self.settings = settings
    }

    /// Whether a player with these earlier games is a star.
    public func isStar(_ games: [PlayerGameLogEntry]) -> Bool {
        let played = games.filter { $0.played && $0.countsInSeasonStats }
        guard played.count >= settings.starMinimumGames else { return false }
        let points = Double(played.compactMap(\.points).reduce(0, +)) / Double(played.count)
        let minutes = played.reduce(0) { $0 + ($1.minutes ?? 0) } / Double(played.count)
        return points >= settings.starPointsPerGame
            || (minutes >= settings.starMinutesPerGame && points >= settings.starAltPointsPerGame)
    }
}

/// Consecutive games over or under a line, newest first (a push is skipped; a missing score stops).
public enum PropStreak {
    public static func count(points: [Int], line: Double) -> (over: Int, under: Int) {
        var over = 0
        var under = 0
        var direction = 0
        for value in points {
            let difference = Double(value) - line
            if difference == 0 { continue }
            let sign = difference > 0 ? 1 : -1
            if direction == 0 { direction = sign }
            guard sign == direction else { break }
            if sign > 0 { over += 1 } else { under += 1 }
        }
        return (over, under)
    }
}

/// A line estimated from recent scoring (only when the profile enables it): the average of the last
/// 5 played games (else the last 10) rounded to the half point, needing at least 3 games.
public enum LineEstimate {
    public static func estimate(history: PlayerHistoryFields, method: String) -> (line: Double, method: String)? {
        guard history.l10GamesUsed >= 3 else { return nil }
        if method == "points_avg_last_5", history.l5GamesUsed >= 3, let average = history.pointsAvgLast5 {
            return (max(0.5, Rounding.half(average)), "points_avg_last_5")
        }
        guard let average = history.pointsAvgLast10 else { return nil }
        return (max(0.5, Rounding.half(average)), "points_avg_last_10")
    }
}
