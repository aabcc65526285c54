import HindcastCore

/// One of a player's earlier `player_game_summary` rows this season: the shared history's row.
public typealias PastGame = PlayerGameLogEntry

extension Array where Element == PastGame {
    /// The games played, oldest first.
    var playedGames: [PastGame] { filter(\.played) }

    /// Mean points over the games played, `nil` without any.
    var seasonAverage: Double? {
        let points = playedGames.compactMap(\.points)
        return points.isEmpty ? nil : Double(points.reduce(0, +)) / Double(points.count)
    }
}
