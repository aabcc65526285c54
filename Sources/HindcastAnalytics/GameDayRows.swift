/// One player's line on an imported box score (players who did not play included).
struct BoxLine: Sendable {
    let gameCode: String
    let gameID: String
    let seasonYear: Int
    let seasonType: String
    let team: String
    let opponent: String
    let isHome: Bool
    let starter: Bool
    /// The basketball-reference id, which is the universal player id.
    let playerID: String
    let playerName: String
    let playerLookup: String
    let played: Bool
    let dnpReason: String?
    /// Seconds on the court from `mp`; `nil` for players who did not play.
    let seconds: Int?
    /// The stat line; `nil` for players who did not play.
    let stats: BoxStats?
    let plusMinus: Int?

    /// Key of the player's team in this game.
    var teamKey: TeamGameKey { TeamGameKey(gameCode: gameCode, team: team) }
}

/// A team in one game.
struct TeamGameKey: Sendable, Hashable, Comparable {
    let gameCode: String
    let team: String

    static func < (lhs: TeamGameKey, rhs: TeamGameKey) -> Bool {
        (lhs.gameCode, lhs.team) < (rhs.gameCode, rhs.team)
    }
}

/// A game as the schedule has it.
struct ScheduledGame: Sendable {
    let gameCode: String
    let awayTricode: String
    let homeTricode: String
    let awayPoints: Int?
    let homePoints: Int?
    /// Overtime periods; the schedule's NULL counts as none.
    let overtimes: Int

    /// The final score of `team`, when the schedule has it.
    func points(of team: String) -> Int? {
        team == homeTricode ? homePoints : team == awayTricode ? awayPoints : nil
    }
}

/// A player on a game's official inactive list.
struct InactiveEntry: Sendable {
    let gameCode: String
    let gameID: String
    let seasonType: String
    let team: String
    let playerID: String
    let playerName: String
    let playerLookup: String

    var teamKey: TeamGameKey { TeamGameKey(gameCode: gameCode, team: team) }
}
