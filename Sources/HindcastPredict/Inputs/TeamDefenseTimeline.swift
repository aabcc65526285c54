import HindcastCore

/// Each team's defensive rating game by game this season, rebuilt in memory from the team offence
/// summaries (points allowed per 100 opponent possessions, possessions = FGA + 0.44·FTA + TOV −
/// OREB of the opponent's offence row), so similarity can bucket earlier games by how good the
/// defence was before them.
public struct TeamDefenseTimeline: Sendable {
    /// Games averaged, as the feature store's `opponent_def_rating` (TDZA `defensive_rating_last_15`).
    public static let windowGames = 15

    /// No games yet.
    public static let empty = TeamDefenseTimeline(ratings: [:])

    /// Per team, (date, rating) ascending.
    let ratings: [String: [(date: GameDate, rating: Double)]]
    /// The league's mean rating before each game date of the season and the prediction date.
    let leagueMeans: [GameDate: Double]

    init(ratings: [String: [(date: GameDate, rating: Double)]], through date: GameDate? = nil) {
        self.ratings = ratings
        var dates = Set(ratings.values.flatMap { $0.map(\.date) })
        if let date { dates.insert(date) }
        var means: [GameDate: Double] = [:]
        for day in dates {
            if let mean = Self.mean(ratings, before: day) { means[day] = mean }
        }
        leagueMeans = means
    }

    /// The mean over teams of `rating(of:before:)`: the league's defensive level before `date`
    /// on the same scale as each team's rating; `nil` before any game.
    public func leagueRating(before date: GameDate) -> Double? {
        leagueMeans[date] ?? Self.mean(ratings, before: date)
    }

    private static func mean(_ ratings: [String: [(date: GameDate, rating: Double)]], before date: GameDate) -> Double?
    {
        let timeline = TeamDefenseTimeline(bare: ratings)
        let values = ratings.keys.sorted().compactMap { timeline.rating(of: $0, before: date) }
        return values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    private init(bare ratings: [String: [(date: GameDate, rating: Double)]]) {
        self.ratings = ratings
        leagueMeans = [:]
    }

    /// The mean per-game rating over the team's last 15 games before `date`; `nil` before its first.
    public func rating(of team: String, before date: GameDate) -> Double? {
        guard let games = ratings[team] else { return nil }
        var end = games.count
        while end > 0 && games[end - 1].date >= date { end -= 1 }
        let window = games[max(0, end - Self.windowGames)..<end]
        guard !window.isEmpty else { return nil }
        return window.map(\.rating).reduce(0, +) / Double(window.count)
    }

    /// Box-score totals of one team in one game.
    struct TeamGameTotals {
        var date: GameDate
        var team: String
        var opponent: String
        var points = 0
        var fieldGoalAttempts = 0
        var freeThrowAttempts = 0
        var turnovers = 0
        var offensiveRebounds = 0

        var possessions: Double {
            Double(fieldGoalAttempts) + 0.44 * Double(freeThrowAttempts) + Double(turnovers)
                - Double(offensiveRebounds)
        }
    }

    /// The timeline from every team-game's totals, keyed by game id then team.
    static func build(_ totals: [String: [String: TeamGameTotals]], through date: GameDate) -> TeamDefenseTimeline {
        var ratings: [String: [(date: GameDate, rating: Double)]] = [:]
        for gameID in totals.keys.sorted() {
            let teams = totals[gameID]!
            for team in teams.keys.sorted() {
                let defender = teams[team]!
                guard let attacker = teams[defender.opponent], attacker.possessions > 0 else { continue }
                ratings[team, default: []].append(
                    (defender.date, Double(attacker.points) / attacker.possessions * 100))
            }
        }
        for team in ratings.keys { ratings[team]!.sort { $0.date < $1.date } }
        return TeamDefenseTimeline(ratings: ratings, through: date)
    }
}
