import GRDB
import HindcastCore

/// One `team_defense_zone_analysis` row: a team's last 15 defensive games before the analysis
/// date, zone percentages allowed against the league average, strongest and weakest zone.
struct TeamZoneDefense: ZoneAnalysisRow {
    static let windowGames = 15

    static let columns = [
        "team_abbr", "analysis_date", "season_year", "paint_pct_allowed_last_15", "paint_attempts_allowed_per_game",
        "paint_points_allowed_per_game", "paint_blocks_per_game", "paint_defense_vs_league_avg",
        "mid_range_pct_allowed_last_15", "mid_range_attempts_allowed_per_game", "mid_range_blocks_per_game",
        "mid_range_defense_vs_league_avg", "three_pt_pct_allowed_last_15", "three_pt_attempts_allowed_per_game",
        "three_pt_blocks_per_game", "three_pt_defense_vs_league_avg", "defensive_rating_last_15",
        "opponent_points_per_game", "opponent_pace", "games_in_sample", "zone_games_in_sample", "strongest_zone",
        "weakest_zone", "league_paint_pct", "league_mid_range_pct", "league_three_pt_pct", "league_teams_in_average",
        "calculation_notes", "early_season_flag", "insufficient_data_reason", "min_games_required",
        "days_into_season", "has_zone_data", "data_quality_tier", "quality_score", "data_quality_issues",
        "input_fingerprint", "run_id",
    ]

    var values: [String: (any DatabaseValueConvertible)?] = [:]
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
            "team_abbr": team, "analysis_date": date.description, "season_year": seasonYear,
            "games_in_sample": window.count, "zone_games_in_sample": window.filter(\.hasZones).count,
            "league_paint_pct": ZoneNumbers.tenThousandth(league.paint),
            "league_mid_range_pct": ZoneNumbers.tenThousandth(league.midRange),
            "league_three_pt_pct": ZoneNumbers.tenThousandth(league.three),
            "league_teams_in_average": league.teamsInAverage,
            "min_games_required": minimum, "days_into_season": daysIntoSeason, "early_season_flag": false,
            "has_zone_data": false,
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
        values["opponent_points_per_game"] = Rounding.tenth(Double(window.map(\.pointsAllowed).reduce(0, +)) / n)
        let ratings = window.compactMap(\.defensiveRating)
        if !ratings.isEmpty {
            values["defensive_rating_last_15"] = Rounding.hundredth(ratings.reduce(0, +) / Double(ratings.count))
        }
        let paces = window.compactMap(\.opponentPace)
        if !paces.isEmpty { values["opponent_pace"] = Rounding.tenth(paces.reduce(0, +) / Double(paces.count)) }
    }

    /// Three-point defence from the box score (every season has it); returns its gap to the league.
    private mutating func fillThree(_ window: [DefenseGame], league: LeagueZoneAverage) -> Double? {
        let attempts = window.map(\.threeAttempts).reduce(0, +)
        values["three_pt_attempts_allowed_per_game"] = Rounding.tenth(Double(attempts) / Double(window.count))
        guard let pct = ZoneNumbers.ratio(window.map(\.threeMakes).reduce(0, +), attempts) else { return nil }
        let gap = (pct - league.three) * 100
        values["three_pt_pct_allowed_last_15"] = Rounding.thousandth(pct)
        values["three_pt_defense_vs_league_avg"] = Rounding.hundredth(gap)
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
        values["has_zone_data"] = true
        if zoned.count < window.count {
            quality.add("partial_shot_zones")
            notes.append("shot zones from \(zoned.count) of \(window.count) games")
        }
        let n = Double(zoned.count)
        let paintAttempts = zoned.map { $0.paintAttempts! }.reduce(0, +)
        let midAttempts = zoned.map { $0.midRangeAttempts! }.reduce(0, +)
        values["paint_attempts_allowed_per_game"] = Rounding.tenth(Double(paintAttempts) / n)
        values["mid_range_attempts_allowed_per_game"] = Rounding.tenth(Double(midAttempts) / n)
        values["paint_points_allowed_per_game"] = Rounding.tenth(
            Double(zoned.map { $0.paintPoints ?? 0 }.reduce(0, +)) / n)
        var paintGap: Double?
        var midGap: Double?
        if let pct = ZoneNumbers.ratio(zoned.map { $0.paintMakes! }.reduce(0, +), paintAttempts) {
            paintGap = (pct - league.paint) * 100
            values["paint_pct_allowed_last_15"] = Rounding.thousandth(pct)
            values["paint_defense_vs_league_avg"] = Rounding.hundredth(paintGap!)
        }
        if let pct = ZoneNumbers.ratio(zoned.map { $0.midRangeMakes! }.reduce(0, +), midAttempts) {
            midGap = (pct - league.midRange) * 100
            values["mid_range_pct_allowed_last_15"] = Rounding.thousandth(pct)
            values["mid_range_defense_vs_league_avg"] = Rounding.hundredth(midGap!)
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
        values["strongest_zone"] = known.min { $0.1 < $1.1 }!.0
        values["weakest_zone"] = known.max { $0.1 < $1.1 }!.0
    }
}
