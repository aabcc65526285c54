import HindcastCore

/// Estimates the spread and total of D's games for synthetic rows. Learned walk-forward: two
/// least-squares fits of the observed closing lines of the season strictly before D on what was
/// known before each of those games (each team's season and last-10 scoring margin and combined
/// score, days of rest, and the scoring of its players on the official inactive list). Without
/// enough observed games to learn from (`minimumTrainingGames`), falls back to a heuristic: the
/// home spread is minus the difference of the two teams' season margins minus 2.5 points of home
/// advantage; the total the mean of the two teams' season combined scores.
struct GameLineEstimator {
    static let method = "walk_forward_least_squares"
    static let version = 1
    static let spreadHeuristic = "season_margin_difference"
    static let totalHeuristic = "season_combined_score"
    static let heuristicVersion = 1
    static let homeAdvantage = 2.5
    /// Observed games needed before the learned fits replace the heuristics.
    static let minimumTrainingGames = 100

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
        var absent = AbsentPlayers(history: day.history)
        var homeOf: [String: (home: String, away: String)] = [:]
        for (team, games) in day.teamGames {
            for game in games where game.isHome { homeOf[game.gameCode] = (team, game.opponent) }
        }
        var spreadRows: [[Double]] = []
        var spreadTargets: [Double] = []
        var totalRows: [[Double]] = []
        var totalTargets: [Double] = []
        for game in day.prior.gameLines {
            guard let teams = homeOf[game.gameCode] else { continue }
            let inactive = day.prior.inactive[game.date] ?? [:]
            guard
                let inputs = Self.inputs(
                    day, home: teams.home, away: teams.away, date: game.date,
                    homeOut: absent.points(inactive[teams.home] ?? [], on: game.date, team: teams.home),
                    awayOut: absent.points(inactive[teams.away] ?? [], on: game.date, team: teams.away))
            else { continue }
            if let spread = game.homeSpread {
                spreadRows.append(inputs)
                spreadTargets.append(spread)
            }
            if let total = game.total {
                totalRows.append(inputs)
                totalTargets.append(total)
            }
        }
        trainingGames = max(spreadRows.count, totalRows.count)
        spreadFit =
            spreadRows.count >= Self.minimumTrainingGames
            ? LinearFit.fit(rows: spreadRows, targets: spreadTargets) : nil
        totalFit =
            totalRows.count >= Self.minimumTrainingGames ? LinearFit.fit(rows: totalRows, targets: totalTargets) : nil
        var today: [String: [String]] = [:]
        for listed in day.inactive { today[listed.team, default: []].append(listed.lookup) }
        var estimates: [String: GameEstimate] = [:]
        for game in day.games {
            let inputs = Self.inputs(
                day, home: game.home, away: game.away, date: day.date,
                homeOut: absent.points(today[game.home] ?? [], on: day.date, team: game.home),
                awayOut: absent.points(today[game.away] ?? [], on: day.date, team: game.away))
            estimates[game.gameCode] = Self.estimate(inputs, spreadFit: spreadFit, totalFit: totalFit)
        }
        self.estimates = estimates
    }

    static func estimate(_ inputs: [Double]?, spreadFit: LinearFit?, totalFit: LinearFit?) -> GameEstimate {
        guard let inputs else { return GameEstimate(homeSpread: nil, total: nil) }
        let spread =
            spreadFit.map {
                EstimatedValue(value: Rounding.tenth($0.predict(inputs)), method: method, version: version)
            }
            ?? EstimatedValue(
                value: Rounding.tenth(-(inputs[1] - inputs[3]) - homeAdvantage), method: spreadHeuristic,
                version: heuristicVersion)
        let total =
            totalFit.map { EstimatedValue(value: Rounding.tenth($0.predict(inputs)), method: method, version: version) }
            ?? EstimatedValue(
                value: Rounding.tenth((inputs[5] + inputs[7]) / 2), method: totalHeuristic, version: heuristicVersion)
        return GameEstimate(homeSpread: spread, total: total)
    }

    /// The fits' inputs for a game on `date` (each team needs 3 scored games before it): 1, then for
    /// home and away: season margin, last-10 margin, season combined score, last-10 combined score;
    /// then each team's days of rest (at most 4) and each team's inactive scoring.
    static func inputs(
        _ day: ContextDay, home: String, away: String, date: GameDate, homeOut: Double, awayOut: Double
    ) -> [Double]? {
        guard let homeForm = form(day.teamGames[home] ?? [], before: date),
            let awayForm = form(day.teamGames[away] ?? [], before: date)
        else { return nil }
        return [
            1, homeForm.margin, homeForm.marginLast10, awayForm.margin, awayForm.marginLast10, homeForm.combined,
            homeForm.combinedLast10, awayForm.combined, awayForm.combinedLast10, homeForm.rest, awayForm.rest,
            homeOut, awayOut,
        ]
    }

    struct Form {
        let margin: Double
        let marginLast10: Double
        let combined: Double
        let combinedLast10: Double
        let rest: Double
    }

    /// A team's scoring form from its scored games before `date` (`games` in date order).
    static func form(_ games: [TeamGame], before date: GameDate) -> Form? {
        let scored = games.filter { $0.date < date && $0.points != nil && $0.opponentPoints != nil }.reversed()
        guard scored.count >= 3, let latest = scored.first else { return nil }
        func mean(_ values: some Collection<Double>) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }
        let margins = scored.map { Double($0.points! - $0.opponentPoints!) }
        let combined = scored.map { Double($0.points! + $0.opponentPoints!) }
        return Form(
            margin: mean(margins), marginLast10: mean(margins.prefix(10)), combined: mean(combined),
            combinedLast10: mean(combined.prefix(10)), rest: Double(min(4, date.days(since: latest.date))))
    }
}
