import GRDB
import HindcastCore
import HindcastStore

/// One `team_defense_zone_analysis` row: a team's last 15 defensive games before the analysis
/// date, zone percentages allowed against the league average, strongest and weakest zone.
struct TeamZoneDefense: ZoneAnalysisRow {
    static let windowGames = 15

    var values = TableRow<TeamDefenseZoneAnalysisColumn>()
    var quality = ZoneQualityNotes()
    var notes: [String] = []
    var fingerprint = Fingerprint()
    private(set) var isInsufficient = false

    /// Builds the row of `team` from its games (newest first, all before `date`).
    init(
        team: String, games: [DefenseGame], league: LeagueZoneAverage, date: GameDate, seasonYear: Int,
        daysIntoSeason: Int?
    ) {
        let window = Array(games.prefix(TeamZoneDefense.windowGames))
        let minimum = ZoneEarlySeason.teamMinimumGames(daysIntoSeason: daysIntoSeason)
        for game in window { fingerprint.add(game.fingerprint) }
        fingerprint.add(league.fingerprint)
        values = [
            .teamAbbr: team, .analysisDate: date.description, .seasonYear: seasonYear,
            .gamesInSample: window.count, .zoneGamesInSample: window.filter(\.hasZones).count,
            .leaguePaintPct: ZoneNumbers.tenThousandth(league.paint),
            .leagueMidRangePct: ZoneNumbers.tenThousandth(league.midRange),
            .leagueThreePtPct: ZoneNumbers.tenThousandth(league.three),
            .leagueTeamsInAverage: league.teamsInAverage,
            .minGamesRequired: minimum, .daysIntoSeason: daysIntoSeason, .earlySeasonFlag: false,
            .hasZoneData: false,
        ]
        guard checkSample(games: window.count, minimum: minimum, window: Self.windowGames, before: date) else {
            isInsufficient = true
            return
        }
        fillTotals(window)
        let three = fillThree(window, league: league)
        let (paint, midRange) = fillZones(window, minimum: minimum, league: league)
        chooseZones(["paint": paint, "mid_range": midRange, "perimeter": three])
    }

    /// Points, rating and pace over every game of the window.
    private mutating func fillTotals(_ window: [DefenseGame]) {
        let n = Double(window.count)
        values[.opponentPointsPerGame] = Rounding.tenth(Double(window.map(\.pointsAllowed).reduce(0, +)) / n)
        let ratings = window.compactMap(\.defensiveRating)
        if !ratings.isEmpty {
            values[.defensiveRatingLast15] = Rounding.hundredth(ratings.reduce(0, +) / Double(ratings.count))
        }
        let paces = window.compactMap(\.opponentPace)
        if !paces.isEmpty { values[.opponentPace] = Rounding.tenth(paces.reduce(0, +) / Double(paces.count)) }
    }

    /// Three-point defence from the box score (every season has it); returns its gap to the league.
    private mutating func fillThree(_ window: [DefenseGame], league: LeagueZoneAverage) -> Double? {
        let attempts = window.map(\.threeAttempts).reduce(0, +)
        values[.threePtAttemptsAllowedPerGame] = Rounding.tenth(Double(attempts) / Double(window.count))
        guard let pct = ZoneNumbers.ratio(window.map(\.threeMakes).reduce(0, +), attempts) else { return nil }
        let gap = (pct - league.three) * 100
        values[.threePtPctAllowedLast15] = Rounding.thousandth(pct)
        values[.threePtDefenseVsLeagueAvg] = Rounding.hundredth(gap)
        if league.threeIsDefault {
            quality.add("league_average_default")
            notes.append("league three-point average is the default")
        }
        return gap
    }

    /// Paint and mid-range defence over the window's games with shot zones, when there are at
    /// least the minimum of them; NULL otherwise (never zero-filled). Returns the gaps to the league.
    private mutating func fillZones(
        _ window: [DefenseGame], minimum: Int, league: LeagueZoneAverage
    )
        -> (Double?, Double?)
    {
        let zoned = window.filter(\.hasZones)
        guard !zoned.isEmpty, zoned.count >= minimum else {
            quality.add("no_shot_zones")
            notes.append(
                zoned.isEmpty
                    ? "no shot zones in the window: paint and mid-range are NULL"
                    : "shot zones in \(zoned.count) of \(window.count) games, below the \(minimum) required")
            return (nil, nil)
        }
        values[.hasZoneData] = true
        if zoned.count < window.count {
            quality.add("partial_shot_zones")
            notes.append("shot zones from \(zoned.count) of \(window.count) games")
        }
        let n = Double(zoned.count)
        let paintAttempts = zoned.map { $0.paintAttempts! }.reduce(0, +)
        let midAttempts = zoned.map { $0.midRangeAttempts! }.reduce(0, +)
        values[.paintAttemptsAllowedPerGame] = Rounding.tenth(Double(paintAttempts) / n)
        values[.midRangeAttemptsAllowedPerGame] = Rounding.tenth(Double(midAttempts) / n)
        values[.paintPointsAllowedPerGame] = Rounding.tenth(
            Double(zoned.map { $0.paintPoints ?? 0 }.reduce(0, +)) / n)
        var paintGap: Double?
        var midGap: Double?
        if let pct = ZoneNumbers.ratio(zoned.map { $0.paintMakes! }.reduce(0, +), paintAttempts) {
            paintGap = (pct - league.paint) * 100
            values[.paintPctAllowedLast15] = Rounding.thousandth(pct)
            values[.paintDefenseVsLeagueAvg] = Rounding.hundredth(paintGap!)
        }
        if let pct = ZoneNumbers.ratio(zoned.map { $0.midRangeMakes! }.reduce(0, +), midAttempts) {
            midGap = (pct - league.midRange) * 100
            values[.midRangePctAllowedLast15] = Rounding.thousandth(pct)
            values[.midRangeDefenseVsLeagueAvg] = Rounding.hundredth(midGap!)
        }
        if league.paintIsDefault || league.midRangeIsDefault {
            quality.add("league_average_default")
            notes.append("league paint/mid-range average is the default")
        }
        return (paintGap, midGap)
    }

    /// Strongest zone = lowest percentage allowed against the league, weakest = highest; needs at
    /// least two zones to compare.
    private mutating func chooseZones(_ gaps: [String: Double?]) {
        let known = gaps.compactMap { zone, gap in gap.map { (zone, $0) } }.sorted { $0.0 < $1.0 }
        guard known.count >= 2 else {
            notes.append("strongest/weakest zone need at least two zones")
            return
        }
        values[.strongestZone] = known.min { $0.1 < $1.1 }!.0
        values[.weakestZone] = known.max { $0.1 < $1.1 }!.0
    }
}
