import HindcastCore

/// The league's field-goal percentage by zone over the 30 days before an analysis date (never
/// including it): each team's percentage, then the unweighted mean over teams with at least 10
/// games in the window; the reference's defaults when fewer than 10 teams qualify.
struct LeagueZoneAverage: Sendable {
    static let windowDays = 30
    static let minimumTeamGames = 10
    static let minimumTeams = 10
    static let defaultPaint = 0.580
    static let defaultMidRange = 0.410
    static let defaultThree = 0.355

    let paint: Double
    let midRange: Double
    let three: Double
    /// Whether each value is the default rather than a measured mean.
    let paintIsDefault: Bool
    let midRangeIsDefault: Bool
    let threeIsDefault: Bool
    /// Teams in the three-point mean (every team with enough games).
    let teamsInAverage: Int
    /// Fingerprint of the games in the window.
    let fingerprint: String

    init(history: DefenseHistory, before date: GameDate) {
        let start = date.adding(days: -LeagueZoneAverage.windowDays)
        var paints: [Double] = []
        var mids: [Double] = []
        var threes: [Double] = []
        var print = Fingerprint()
        for team in history.byTeam.keys.sorted() {
            let games = history.byTeam[team]!.filter { $0.date >= start && $0.date < date }
            for game in games { print.add(game.fingerprint) }
            if games.count >= LeagueZoneAverage.minimumTeamGames,
                let pct = ZoneNumbers.ratio(
                    games.map(\.threeMakes).reduce(0, +), games.map(\.threeAttempts).reduce(0, +))
            {
                threes.append(pct)
            }
            let zoned = games.filter(\.hasZones)
            if zoned.count >= LeagueZoneAverage.minimumTeamGames {
                if let pct = ZoneNumbers.ratio(
                    zoned.map { $0.paintMakes! }.reduce(0, +), zoned.map { $0.paintAttempts! }.reduce(0, +))
                {
                    paints.append(pct)
                }
                if let pct = ZoneNumbers.ratio(
                    zoned.map { $0.midRangeMakes! }.reduce(0, +), zoned.map { $0.midRangeAttempts! }.reduce(0, +))
                {
                    mids.append(pct)
                }
            }
        }
        func mean(_ values: [Double], fallback: Double) -> (Double, Bool) {
            guard values.count >= LeagueZoneAverage.minimumTeams else { return (fallback, true) }
            return (values.reduce(0, +) / Double(values.count), false)
        }
        (paint, paintIsDefault) = mean(paints, fallback: LeagueZoneAverage.defaultPaint)
        (midRange, midRangeIsDefault) = mean(mids, fallback: LeagueZoneAverage.defaultMidRange)
        (three, threeIsDefault) = mean(threes, fallback: LeagueZoneAverage.defaultThree)
        teamsInAverage = threes.count
        fingerprint = print.hex
    }
}
