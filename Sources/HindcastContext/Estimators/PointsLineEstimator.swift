import HindcastCore

/// Estimates a player's points line for a synthetic row. Learned walk-forward: a least-squares fit
/// of the observed lines of the season strictly before D on what was known before each of those
/// games (recent and season scoring, minutes, shot volume, points per minute, and the scoring of
/// teammates on the official inactive list). Without enough observed lines to learn from
/// (`minimumTrainingLines`), falls back to the recent-scoring heuristic (`LineEstimate`).
struct PointsLineEstimator {
    static let method = "walk_forward_least_squares"
    static let version = 1
    static let heuristicVersion = 1
    /// Observed lines needed before the learned fit replaces the heuristic.
    static let minimumTrainingLines = 300

    let fit: LinearFit?
    let trainingLines: Int
    /// Per team playing on D, the scoring of its players on D's inactive list.
    private let teammatesOut: [String: Double]
    /// Each player's latest observed line before D.
    private let previousLines: [String: PriorSnapshots.Line]
    private let heuristic: String
    private let date: GameDate

    init(day: ContextDay, settings: ContextSettings) {
        var absent = AbsentPlayers(history: day.history)
        var rows: [[Double]] = []
        var targets: [Double] = []
        var earlier: [String: [PriorSnapshots.Line]] = [:]
        for line in day.prior.lines {
            let games = day.history.games(of: line.lookup)
            let previous = earlier[line.lookup]?.last { $0.date < line.date }
            earlier[line.lookup, default: []].append(line)
            guard let team = Self.team(of: games, on: line.date) else { continue }
            let out = absent.points(day.prior.inactive[line.date]?[team] ?? [], on: line.date, team: team)
            guard let inputs = Self.inputs(games, before: line.date, teammatesOut: out, previousLine: previous)
            else { continue }
            rows.append(inputs)
            targets.append(line.line)
        }
        trainingLines = rows.count
        fit = rows.count >= Self.minimumTrainingLines ? LinearFit.fit(rows: rows, targets: targets) : nil
        var today: [String: [String]] = [:]
        for listed in day.inactive { today[listed.team, default: []].append(listed.lookup) }
        var out: [String: Double] = [:]
        for game in day.games {
            for team in [game.away, game.home] {
                out[team] = absent.points(today[team] ?? [], on: day.date, team: team)
            }
        }
        teammatesOut = out
        previousLines = earlier.mapValues { $0.last! }
        heuristic = settings.lineEstimationMethod
        date = day.date
    }

    /// The estimated line for a player of `team` on D (`games`: his games this season before D).
    func estimate(games: [PlayerGameLogEntry], team: String, history: PlayerHistoryFields) -> EstimatedValue? {
        if let fit {
            if let inputs = Self.inputs(
                games, before: date, teammatesOut: teammatesOut[team] ?? 0,
                previousLine: games.first.flatMap { previousLines[$0.playerLookup] })
            {
                return EstimatedValue(
                    value: Rounding.tenth(max(0.5, fit.predict(inputs))), method: Self.method, version: Self.version)
            }
        }
        return LineEstimate.estimate(history: history, method: heuristic).map {
            EstimatedValue(value: $0.line, method: $0.method, version: Self.heuristicVersion)
        }
    }

    /// The team a player was listed for on `date` (else his latest team before it).
    static func team(of games: [PlayerGameLogEntry], on date: GameDate) -> String? {
        games.first { $0.date <= date }?.team
    }

    /// The fit's inputs from the player's played games before `date` (3 needed): 1, points over the
    /// last 3, 5, 10 and the season, minutes over the last 3, 10 and the season, shot volume (FGA +
    /// 0.44 FTA) over the last 10, season and last-10 points per minute times last-3 minutes, the
    /// teammates-out scoring, and that times season points per minute; then, when the player had an
    /// observed line earlier this season, 1, that line, and his points per game since its date
    /// (else three zeros).
    static func inputs(
        _ games: [PlayerGameLogEntry], before date: GameDate, teammatesOut: Double,
        previousLine: PriorSnapshots.Line?
    ) -> [Double]? {
        let played = games.filter { $0.date < date && $0.played }
        guard played.count >= 3 else { return nil }
        func mean(_ values: some Collection<Double>) -> Double { values.reduce(0, +) / Double(max(1, values.count)) }
        let points = played.map { Double($0.points ?? 0) }
        let minutes = played.map { $0.minutes ?? 0 }
        let volume = played.prefix(10).map { Double($0.fgAttempts ?? 0) + 0.44 * Double($0.ftAttempts ?? 0) }
        let minutes3 = mean(minutes.prefix(3))
        let perMinute = points.reduce(0, +) / max(1, minutes.reduce(0, +))
        let perMinute10 = points.prefix(10).reduce(0, +) / max(1, minutes.prefix(10).reduce(0, +))
        return [
            1, mean(points.prefix(3)), mean(points.prefix(5)), mean(points.prefix(10)), mean(points),
            minutes3, mean(minutes.prefix(10)), mean(minutes), mean(volume), perMinute * minutes3,
            perMinute10 * minutes3, teammatesOut, teammatesOut * perMinute,
        ] + Self.previous(previousLine, played: played)
    }

    static func previous(_ line: PriorSnapshots.Line?, played: [PlayerGameLogEntry]) -> [Double] {
        guard let line else { return [0, 0, 0] }
        let since = played.filter { $0.date >= line.date }.map { Double($0.points ?? 0) }
        return [1, line.line, since.isEmpty ? line.line : since.reduce(0, +) / Double(since.count)]
    }
}
