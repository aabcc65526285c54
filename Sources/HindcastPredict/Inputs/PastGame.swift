import HindcastCore

/// One of a player's earlier `player_game_summary` rows this season: the shared history's row.
public typealias PastGame = PlayerGameLogEntry

extension Array where Element == PastGame {
    /// The games played that count in season statistics (not the NBA Cup final), oldest first.
    var seasonGames: [PastGame] { filter { $0.played && $0.countsInSeasonStats } }

    /// Mean points over the season's games played (not the NBA Cup final), `nil` without any.
    var seasonAverage: Double? {
        let points = seasonGames.compactMap(\.points)
        return points.isEmpty ? nil : Double(points.reduce(0, +)) / Double(points.count)
    }
}
