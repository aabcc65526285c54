import Foundation
import HindcastCore

/// Estimates a player's points line for a synthetic row. Learned walk-forward: two weighted
/// least-squares fits of the observed lines of the season strictly before D on what was known
/// before each of those games. The first (every line) reads the player's recent and season scoring,
/// minutes, shot volume, points per minute and the scoring of teammates on the official inactive
/// list; the second (lines of players who already had an observed line) adds the market's own view:
/// his latest observed line, the mean of his last three, his scoring and games since the latest one,
/// how much more (or less) teammate scoring is out than on that date, and the days since. Recent
/// lines weigh more (half-life `halfLife` days). Estimates are put on the half-point grid real lines
/// are quoted on. Without enough observed lines to learn from (`minimumTrainingLines`), falls back
/// to the recent-scoring heuristic (`LineEstimate`).
struct PointsLineEstimator {
    static let method = "walk_forward_least_squares"
    static let version = 2
    static let heuristicVersion = 1
    /// Observed lines needed before a learned fit replaces the heuristic.
    static let minimumTrainingLines = 300
    /// Days after which an observed line weighs half as much.
    static let halfLife = 30.0

    /// The fit on every line (recent form only) and the fit on lines with an earlier observed line.
    let formFit: LinearFit?
    let marketFit: LinearFit?
    let trainingLines: Int
    /// Per team playing on D, the scoring of its players on D's inactive list.
    private let teammatesOut: [String: Double]
    /// Each player's observed lines before D, oldest first.
    private let earlierLines: [String: [PriorSnapshots.Line]]
    /// Per date and team, the scoring of its players on that date's inactive list (dates of earlier lines).
    private let outOnDate: [String: Double]
    private let heuristic: String
    private let date: GameDate

    init(day: ContextDay, settings: ContextSettings) {
        var absent = AbsentPlayers(history: day.history)
        var form = TrainingSet()
        var market = TrainingSet()
        var earlier: [String: [PriorSnapshots.Line]] = [:]
        var outOnDate: [String: Double] = [:]
        func out(_ team: String, on date: GameDate, inactive: [String]) -> Double {
            let key = "\(date)|\(team)"
            if let known = outOnDate[key] { return known }
            let points = absent.points(inactive, on: date, team: team)
            outOnDate[key] = points
            return points
        }
        for line in day.prior.lines {
            let games = day.history.games(of: line.lookup)
            let previous = earlier[line.lookup] ?? []
            earlier[line.lookup, default: []].append(line)
            guard let team = Self.team(of: games, on: line.date) else { continue }
            let inactive = day.prior.inactive[line.date] ?? [:]
            let teamOut = out(team, on: line.date, inactive: inactive[team] ?? [])
            guard let base = Self.inputs(games, before: line.date, teammatesOut: teamOut) else { continue }
            let weight = pow(0.5, Double(day.date.days(since: line.date)) / Self.halfLife)
            form.add(base.inputs, target: line.line, weight: weight)
            if let latest = previous.last {
                let then = out(team, on: latest.date, inactive: day.prior.inactive[latest.date]?[team] ?? [])
                market.add(
                    base.inputs
                        + Self.marketInputs(
                            previous, base: base, date: line.date, teammatesOut: teamOut, teammatesOutThen: then),
                    target: line.line, weight: weight)
            }
        }
        trainingLines = form.count
        formFit = form.fit(minimum: Self.minimumTrainingLines)
        marketFit = market.fit(minimum: Self.minimumTrainingLines)
        var today: [String: [String]] = [:]
        for listed in day.inactive { today[listed.team, default: []].append(listed.lookup) }
        var teamsOut: [String: Double] = [:]
        for game in day.games {
            for team in [game.away, game.home] {
                teamsOut[team] = absent.points(today[team] ?? [], on: day.date, team: team)
            }
        }
        // The teammates out on each player's latest line date, for every team playing on D.
        for latest in Set(earlier.values.compactMap { $0.last?.date }) {
            for team in teamsOut.keys { _ = out(team, on: latest, inactive: day.prior.inactive[latest]?[team] ?? []) }
        }
        teammatesOut = teamsOut
        earlierLines = earlier
        self.outOnDate = outOnDate
        heuristic = settings.lineEstimationMethod
        date = day.date
    }

    /// The estimated line for a player of `team` on D (`games`: his games this season before D).
    func estimate(games: [PlayerGameLogEntry], team: String, history: PlayerHistoryFields) -> EstimatedValue? {
        if let formFit, let base = Self.inputs(games, before: date, teammatesOut: teammatesOut[team] ?? 0) {
            let previous = games.first.flatMap { earlierLines[$0.playerLookup] } ?? []
            var prediction = formFit.predict(base.inputs)
            if let marketFit, let latest = previous.last {
                let then = outOnDate["\(latest.date)|\(team)"] ?? 0
                prediction = marketFit.predict(
                    base.inputs
                        + Self.marketInputs(
                            previous, base: base, date: date, teammatesOut: teammatesOut[team] ?? 0,
                            teammatesOutThen: then))
            }
            return EstimatedValue(value: Self.onLineGrid(prediction), method: Self.method, version: Self.version)
        }
        return LineEstimate.estimate(history: history, method: heuristic).map {
            EstimatedValue(value: $0.line, method: $0.method, version: Self.heuristicVersion)
        }
    }

    /// The nearest value on the grid real lines are quoted on (x.5), at least 0.5.
    static func onLineGrid(_ value: Double) -> Double { max(0.5, value.rounded(.down) + 0.5) }

    /// The team a player was listed for on `date` (else his latest team before it).
    static func team(of games: [PlayerGameLogEntry], on date: GameDate) -> String? {
        games.first { $0.date <= date }?.team
    }

    /// The form fit's inputs and what the market fit also needs.
    struct FormInputs {
        let inputs: [Double]
        /// Played games before the date, newest first.
        let played: [PlayerGameLogEntry]
        let pointsPerMinute: Double
    }

    /// The form fit's inputs from the player's played games before `date` (3 needed): 1, points over
    /// the last 3, 5, 10 and the season, minutes over the last 3, 10 and the season, shot volume (FGA
    /// + 0.44 FTA) over the last 10, season and last-10 points per minute times last-3 minutes, the
    /// teammates-out scoring, and that times season points per minute.
    static func inputs(_ games: [PlayerGameLogEntry], before date: GameDate, teammatesOut: Double) -> FormInputs? {
        let played = games.filter { $0.date < date && $0.played }
        guard played.count >= 3 else { return nil }
        func mean(_ values: some Collection<Double>) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }
        let points = played.map { Double($0.points ?? 0) }
        let minutes = played.map { $0.minutes ?? 0 }
        let volume = played.prefix(10).map { Double($0.fgAttempts ?? 0) + 0.44 * Double($0.ftAttempts ?? 0) }
        let minutes3 = mean(minutes.prefix(3))
        let perMinute = points.reduce(0, +) / max(1, minutes.reduce(0, +))
        let perMinute10 = points.prefix(10).reduce(0, +) / max(1, minutes.prefix(10).reduce(0, +))
        return FormInputs(
            inputs: [
                1, mean(points.prefix(3)), mean(points.prefix(5)), mean(points.prefix(10)), mean(points),
                minutes3, mean(minutes.prefix(10)), mean(minutes), mean(volume), perMinute * minutes3,
                perMinute10 * minutes3, teammatesOut, teammatesOut * perMinute,
            ], played: played, pointsPerMinute: perMinute)
    }

    /// The market fit's extra inputs, from the player's observed lines before `date` (`previous`,
    /// oldest first, not empty): the latest line, his points per game since its date (that line when
    /// none), the games since, the mean of his last three lines, (teammate scoring out now − out on
    /// the latest line's date) times his points per minute, and the days since (at most 60).
    static func marketInputs(
        _ previous: [PriorSnapshots.Line], base: FormInputs, date: GameDate, teammatesOut: Double,
        teammatesOutThen: Double
    ) -> [Double] {
        let latest = previous[previous.count - 1]
        let since = base.played.filter { $0.date >= latest.date }.map { Double($0.points ?? 0) }
        let lastThree = previous.suffix(3).map(\.line)
        return [
            latest.line, since.isEmpty ? latest.line : since.reduce(0, +) / Double(since.count), Double(since.count),
            lastThree.reduce(0, +) / Double(lastThree.count),
            (teammatesOut - teammatesOutThen) * base.pointsPerMinute, Double(min(60, date.days(since: latest.date))),
        ]
    }
}
