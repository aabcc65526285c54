import HindcastCore

/// One of a player's earlier `player_game_summary` rows this season.
public struct PastGame: Sendable, Equatable {
    public let date: GameDate
    public let gameID: String
    public let team: String
    public let opponent: String
    public let isHome: Bool
    public let points: Int?
    public let minutes: Double?
    public let isDNP: Bool

    public init(
        date: GameDate, gameID: String, team: String, opponent: String, isHome: Bool, points: Int?, minutes: Double?,
        isDNP: Bool
    ) {
        self.date = date
        self.gameID = gameID
        self.team = team
        self.opponent = opponent
        self.isHome = isHome
        self.points = points
        self.minutes = minutes
        self.isDNP = isDNP
    }

    /// A game the player actually played: not a DNP, minutes on the floor and a points total.
    public var played: Bool { !isDNP && (minutes ?? 0) > 0 && points != nil }
}

extension Array where Element == PastGame {
    /// The games played, oldest first.
    var playedGames: [PastGame] { filter(\.played) }

    /// Mean points over the games played, `nil` without any.
    var seasonAverage: Double? {
        let points = playedGames.compactMap(\.points)
        return points.isEmpty ? nil : Double(points.reduce(0, +)) / Double(points.count)
    }
}
