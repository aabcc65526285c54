import HindcastCore

/// One game of a team's season from the schedule, seen from that team.
public struct TeamGame: Sendable, Equatable {
    public let date: GameDate
    public let gameCode: String
    public let opponent: String
    public let isHome: Bool
    /// Tricode of the home team: the arena the game is played in.
    public let arenaTeam: String
    /// Final score, when the game has been played.
    public let points: Int?
    public let opponentPoints: Int?

    public init(
        date: GameDate, gameCode: String, opponent: String, isHome: Bool, arenaTeam: String, points: Int?,
        opponentPoints: Int?
    ) {
        self.date = date
        self.gameCode = gameCode
        self.opponent = opponent
        self.isHome = isHome
        self.arenaTeam = arenaTeam
        self.points = points
        self.opponentPoints = opponentPoints
    }
}

/// Team fields derived from the schedule alone: rest, load, record entering the game, travel.
/// Uses the team's games strictly before the game day plus the game day's own venue, all of which
/// are known before tip-off.
public struct TeamScheduleFields: Sendable, Equatable {
    public var daysRest: Int?
    public var backToBack: Bool?
    public var gamesInLast7Days: Int
    public var gamesInLast14Days: Int
    public var gameNumberInSeason: Int
    public var winStreakEntering: Int
    public var lossStreakEntering: Int
    public var lastGameMargin: Int?
    public var lastGameResult: String?
    public var winsEntering: Int
    public var lossesEntering: Int
    /// Miles from the previous game's arena to this game's arena.
    public var travelMiles: Int?
    /// Hours between the previous arena's time zone and this one's.
    public var timeZoneChanges: Int?
    /// Road games in a row including this one (0 for a home game).
    public var consecutiveRoadGames: Int
    /// Miles of the legs arriving at games in the 14 days up to and including this one.
    public var milesTraveledLast14Days: Int
    public var timeZonesCrossedLast14Days: Int

    /// Computes the fields for `current` from the team's earlier games (any order).
    public init(current: TeamGame, earlier games: [TeamGame]) {
        let before = games.filter { $0.date < current.date }.sorted { $0.date > $1.date }
        daysRest = before.first.map { current.date.days(since: $0.date) }
        backToBack = daysRest.map { $0 == 1 }
        gamesInLast7Days = before.filter { current.date.days(since: $0.date) < 7 }.count
        gamesInLast14Days = before.filter { current.date.days(since: $0.date) < 14 }.count
        gameNumberInSeason = before.count + 1
        let results = before.compactMap { game -> Int? in
            guard let points = game.points, let opponent = game.opponentPoints else { return nil }
            return points - opponent
        }
        winsEntering = results.filter { $0 > 0 }.count
        lossesEntering = results.filter { $0 < 0 }.count
        winStreakEntering = results.prefix { $0 > 0 }.count
        lossStreakEntering = results.prefix { $0 < 0 }.count
        lastGameMargin = results.first
        lastGameResult = results.first.map { $0 > 0 ? "W" : "L" }
        consecutiveRoadGames = current.isHome ? 0 : 1 + before.prefix { !$0.isHome }.count
        let chain = [current] + before
        func leg(_ index: Int) -> (miles: Double, zones: Int)? {
            guard index + 1 < chain.count, let to = TeamDirectory.team(tricode: chain[index].arenaTeam),
                let from = TeamDirectory.team(tricode: chain[index + 1].arenaTeam)
            else { return nil }
            return (from.miles(to: to), abs(to.utcOffsetHours - from.utcOffsetHours))
        }
        travelMiles = leg(0).map { Int($0.miles.rounded()) }
        timeZoneChanges = leg(0)?.zones
        var miles = 0.0
        var zones = 0
        for index in chain.indices where current.date.days(since: chain[index].date) < 14 {
            if let step = leg(index) {
                miles += step.miles
                zones += step.zones
            }
        }
        milesTraveledLast14Days = Int(miles.rounded())
        timeZonesCrossedLast14Days = zones
    }
}
