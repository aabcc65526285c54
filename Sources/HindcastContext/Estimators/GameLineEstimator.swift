import Foundation
import HindcastCore

/// Estimates the spread and total of D's games for synthetic rows. Learned walk-forward from the
/// market itself: two weighted least-squares fits of the observed closing lines of the season
/// strictly before D. The spread fit gives each team a rating (home spread = −(home rating − away
/// rating) + home constant), adjusted for the difference in the two teams' scoring on the official
/// inactive list and in back-to-backs; the total fit gives each team a scoring level, adjusted for
/// the sum of both. Recent games weigh more (half-lives `spreadHalfLife`, `totalHalfLife` days) and
/// a small ridge penalty pulls a team with few games toward the average. Without enough observed
/// games (`minimumTrainingGames`), falls back to a heuristic: the home spread is minus the
/// difference of the two teams' season margins minus 2.5 points of home advantage; the total the
/// mean of the two teams' season combined scores.
struct GameLineEstimator {
    static let method = "walk_forward_least_squares"
    static let version = 2
    static let spreadHeuristic = "season_margin_difference"
    static let totalHeuristic = "season_combined_score"
    static let heuristicVersion = 1
    static let homeAdvantage = 2.5
    /// Observed games needed before the learned fits replace the heuristics.
    static let minimumTrainingGames = 100
    /// Days after which an observed game line weighs half as much in the spread and the total fits.
    static let spreadHalfLife = 20.0
    static let totalHalfLife = 10.0
    /// Ridge penalties on the team ratings (times the total weight).
    static let spreadRatingPenalty = 0.001
    static let totalRatingPenalty = 0.003

    /// One game's estimates: the home team's spread and the total.
    struct GameEstimate: Sendable {
        let homeSpread: EstimatedValue?
        let total: EstimatedValue?

        /// The spread from `team`'s side (negative: favourite).
        func spread(for team: String, home: String) -> EstimatedValue? {
            guard let homeSpread else { return nil }
            return team == home
                ? homeSpread
                : EstimatedValue(value: -homeSpread.value, method: homeSpread.method, version: homeSpread.version)
        }
    }

    let spreadFit: LinearFit?
    let totalFit: LinearFit?
    let trainingGames: Int
    /// D's games by game code.
    let estimates: [String: GameEstimate]

    init(day: ContextDay) {
        let teams = Dictionary(uniqueKeysWithValues: day.teamGames.keys.sorted().enumerated().map { ($1, $0) })
        var absent = AbsentPlayers(history: day.history)
        var homeOf: [String: (home: String, away: String)] = [:]
        for (team, games) in day.teamGames {
            for game in games where game.isHome { homeOf[game.gameCode] = (team, game.opponent) }
        }
        func inputs(home: String, away: String, date: GameDate, inactive: [String: [String]]) -> Inputs {
            Inputs(
                teams: teams, home: home, away: away,
                homeOut: absent.points(inactive[home] ?? [], on: date, team: home),
                awayOut: absent.points(inactive[away] ?? [], on: date, team: away),
                homeBackToBack: Self.backToBack(day.teamGames[home] ?? [], on: date),
                awayBackToBack: Self.backToBack(day.teamGames[away] ?? [], on: date))
        }
        var spreads = TrainingSet()
        var totals = TrainingSet()
        for game in day.prior.gameLines {
            guard let teamsOfGame = homeOf[game.gameCode] else { continue }
            let known = inputs(
                home: teamsOfGame.home, away: teamsOfGame.away, date: game.date,
                inactive: day.prior.inactive[game.date] ?? [:])
            let age = Double(day.date.days(since: game.date))
            if let spread = game.homeSpread {
                spreads.add(known.spread, target: spread, weight: pow(0.5, age / Self.spreadHalfLife))
            }
            if let total = game.total {
                totals.add(known.total, target: total, weight: pow(0.5, age / Self.totalHalfLife))
            }
        }
        trainingGames = max(spreads.count, totals.count)
        spreadFit = spreads.fit(
            minimum: Self.minimumTrainingGames,
            penalties: Self.penalties(teams: teams.count, ratingPenalty: Self.spreadRatingPenalty))
        totalFit = totals.fit(
            minimum: Self.minimumTrainingGames,
            penalties: Self.penalties(teams: teams.count, ratingPenalty: Self.totalRatingPenalty))
        var today: [String: [String]] = [:]
        for listed in day.inactive { today[listed.team, default: []].append(listed.lookup) }
        var estimates: [String: GameEstimate] = [:]
        for game in day.games {
            let known = inputs(home: game.home, away: game.away, date: day.date, inactive: today)
            let heuristic = Self.heuristicInputs(day, home: game.home, away: game.away)
            estimates[game.gameCode] = Self.estimate(
                known, heuristic: heuristic, spreadFit: spreadFit, totalFit: totalFit)
        }
        self.estimates = estimates
    }

    static func estimate(
        _ inputs: Inputs, heuristic: (home: Form, away: Form)?, spreadFit: LinearFit?, totalFit: LinearFit?
    ) -> GameEstimate {
        let spread =
            spreadFit.map {
                EstimatedValue(value: Rounding.tenth($0.predict(inputs.spread)), method: method, version: version)
            }
            ?? heuristic.map {
                EstimatedValue(
                    value: Rounding.tenth(-($0.home.margin - $0.away.margin) - homeAdvantage),
                    method: spreadHeuristic, version: heuristicVersion)
            }
        let total =
            totalFit.map {
                EstimatedValue(value: Rounding.tenth($0.predict(inputs.total)), method: method, version: version)
            }
            ?? heuristic.map {
                EstimatedValue(
                    value: Rounding.tenth(($0.home.combined + $0.away.combined) / 2), method: totalHeuristic,
                    version: heuristicVersion)
            }
        return GameEstimate(homeSpread: spread, total: total)
    }

    /// What the fits know of one game: which teams play (each team's column: +1 home, −1 away in the
    /// spread fit, +1 both in the total fit), each side's scoring on the inactive list and whether it
    /// plays the day after a game.
    struct Inputs {
        let spread: [Double]
        let total: [Double]

        init(
            teams: [String: Int], home: String, away: String, homeOut: Double, awayOut: Double,
            homeBackToBack: Bool, awayBackToBack: Bool
        ) {
            var spread = [Double](repeating: 0, count: teams.count + 3)
            var total = spread
            spread[0] = 1
            total[0] = 1
            if let column = teams[home] {
                spread[1 + column] += 1
                total[1 + column] += 1
            }
            if let column = teams[away] {
                spread[1 + column] -= 1
                total[1 + column] += 1
            }
            let homeRest = homeBackToBack ? 1.0 : 0
            let awayRest = awayBackToBack ? 1.0 : 0
            spread[teams.count + 1] = homeOut - awayOut
            spread[teams.count + 2] = homeRest - awayRest
            total[teams.count + 1] = homeOut + awayOut
            total[teams.count + 2] = homeRest + awayRest
            self.spread = spread
            self.total = total
        }
    }

    /// The ridge penalties of a fit's inputs: none on the constant, `ratingPenalty` on the team
    /// columns (pulling a team with few games toward the average), a tiny one on the rest.
    static func penalties(teams: Int, ratingPenalty: Double) -> [Double] {
        [0] + [Double](repeating: ratingPenalty, count: teams) + [1e-6, 1e-6]
    }

    /// Whether a team played the day before `date` (`games` in date order).
    static func backToBack(_ games: [TeamGame], on date: GameDate) -> Bool {
        games.last { $0.date < date }.map { date.days(since: $0.date) == 1 } ?? false
    }

    /// The heuristic's inputs: both teams' scoring form (each needs 3 scored games before D).
    static func heuristicInputs(_ day: ContextDay, home: String, away: String) -> (home: Form, away: Form)? {
        guard let homeForm = form(day.teamGames[home] ?? [], before: day.date),
            let awayForm = form(day.teamGames[away] ?? [], before: day.date)
        else { return nil }
        return (homeForm, awayForm)
    }

    struct Form {
        let margin: Double
        let combined: Double
    }

    /// A team's season scoring margin and combined score from its scored games before `date`.
    static func form(_ games: [TeamGame], before date: GameDate) -> Form? {
        let scored = games.filter { $0.date < date && $0.points != nil && $0.opponentPoints != nil }
        guard scored.count >= 3 else { return nil }
        let count = Double(scored.count)
        return Form(
            margin: scored.reduce(0.0) { $0 + Double($1.points! - $1.opponentPoints!) } / count,
            combined: scored.reduce(0.0) { $0 + Double($1.points! + $1.opponentPoints!) } / count)
    }
}
