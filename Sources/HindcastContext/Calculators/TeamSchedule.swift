import HindcastCore

/// One game of a team's season from the schedule, seen from that team.
public struct TeamGame: Sendable, Equatable {
    public let date: GameDate
    public let gameCode: String
    public let opponent: String
    /// The league's designation (a neutral-site game still has a designated home team).
    public let isHome: Bool
    /// Where the game is really played: the home team's arena, or a neutral site.
    public let venue: Venue
    /// Whether the game counts in the standings (the NBA Cup final does not; see `SeasonType`).
    public let countsInStandings: Bool
    /// Final score, when the game has been played.
    public let points: Int?
    public let opponentPoints: Int?

    public init(
        date: GameDate, gameCode: String, opponent: String, isHome: Bool, venue: Venue, countsInStandings: Bool = true,
        points: Int?, opponentPoints: Int?
    ) {
        self.date = date
        self.gameCode = gameCode
        self.opponent = opponent
        self.isHome = isHome
        self.venue = venue
        self.countsInStandings = countsInStandings
        self.points = points
        self.opponentPoints = opponentPoints
    }
}

/// Team fields derived from the schedule alone: rest, load, record entering the game, travel.
/// Uses the team's games strictly before the game day plus the game day's own venue, all of which
/// are known before tip-off.
///
/// Every played game counts for rest, load, streaks and the last result; the record entering the
/// game and the game number count only games in the standings (not the NBA Cup final). Travel and
/// time zones run between the venues where the games were really played; road games in a row follow
/// the league's home/away designation.
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
        gameNumberInSeason = before.filter(\.countsInStandings).count + 1
        let margins = before.compactMap { game -> (margin: Int, counts: Bool)? in
            guard let points = game.points, let opponent = game.opponentPoints else { return nil }
            return (points - opponent, game.countsInStandings)
        }
        let results = margins.map(\.margin)
        let standings = margins.filter(\.counts).map(\.margin)
        winsEntering = standings.filter { $0 > 0 }.count
        lossesEntering = standings.filter { $0 < 0 }.count
        winStreakEntering = results.prefix { $0 > 0 }.count
        lossStreakEntering = results.prefix { $0 < 0 }.count
        lastGameMargin = results.first
        lastGameResult = results.first.map { $0 > 0 ? "W" : "L" }
        consecutiveRoadGames = current.isHome ? 0 : 1 + before.prefix { !$0.isHome }.count
        let chain = [current] + before
        func leg(_ index: Int) -> (miles: Double, zones: Int)? {
            guard index + 1 < chain.count else { return nil }
            let from = chain[index + 1].venue
            let to = chain[index].venue
            return (from.miles(to: to), from.timeZoneChange(to: to))
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
