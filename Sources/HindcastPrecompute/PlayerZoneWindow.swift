import HindcastCore

/// A player's shot profile over a window of recent games (sum first, then divide).
///
/// With shot zones in at least `minimumZoneGames` of the window's games, paint, mid-range and
/// three-point rates and percentages come from the zone counts of those games (so the three rates
/// sum to 100). Otherwise paint and mid-range stay NULL and the three-point rate and percentage
/// come from the box score over every game of the window.
struct PlayerZoneWindow: Equatable {
    /// Games in the window.
    let games: Int
    /// Games of the window with complete shot zones.
    let zoneGames: Int
    /// Box-score sums over every game.
    let fieldGoalAttempts: Int
    let threeAttempts: Int
    let threeMakes: Int
    /// Zone sums over the games with zones, when they are used.
    let zones: ZoneCounts?

    init(_ window: ArraySlice<PlayerZoneGame>, minimumZoneGames: Int) {
        games = window.count
        fieldGoalAttempts = window.map(\.fieldGoalAttempts).reduce(0, +)
        threeAttempts = window.map(\.threeAttempts).reduce(0, +)
        threeMakes = window.map(\.threeMakes).reduce(0, +)
        let zoned = window.compactMap(\.zones)
        zoneGames = zoned.count
        if zoneGames > 0, zoneGames >= minimumZoneGames {
            var sum = ZoneCounts()
            for zone in zoned { sum += zone }
            zones = sum
        } else {
            zones = nil
        }
    }

    /// Whether every game of the window has shot zones.
    var zonesComplete: Bool { games > 0 && zoneGames == games }

    /// Share of shots in a zone, in percent.
    private func rate(_ attempts: Int) -> Double? {
        guard let zones, zones.attempts > 0 else { return nil }
        return Double(attempts) / Double(zones.attempts) * 100
    }

    var paintRate: Double? { zones.flatMap { rate($0.paintAttempts) } }
    var midRangeRate: Double? { zones.flatMap { rate($0.midRangeAttempts) } }
    var threeRate: Double? {
        if let zones { return rate(zones.threeAttempts) }
        return ZoneNumbers.ratio(threeAttempts, fieldGoalAttempts).map { $0 * 100 }
    }

    var paintPct: Double? { zones.flatMap { ZoneNumbers.ratio($0.paintMakes, $0.paintAttempts) } }
    var midRangePct: Double? { zones.flatMap { ZoneNumbers.ratio($0.midRangeMakes, $0.midRangeAttempts) } }
    var threePct: Double? {
        if let zones { return ZoneNumbers.ratio(zones.threeMakes, zones.threeAttempts) }
        return ZoneNumbers.ratio(threeMakes, threeAttempts)
    }

    var paintPerGame: Double? { zones.map { Double($0.paintAttempts) / Double(zoneGames) } }
    var midRangePerGame: Double? { zones.map { Double($0.midRangeAttempts) / Double(zoneGames) } }
    var threePerGame: Double? {
        if let zones { return Double(zones.threeAttempts) / Double(zoneGames) }
        return games > 0 ? Double(threeAttempts) / Double(games) : nil
    }

    /// paint ≥ 40% → paint; else three ≥ 40% → perimeter; else mid-range ≥ 35% → mid_range; else
    /// balanced. NULL without zones or without shots.
    var primaryScoringZone: String? {
        guard let paint = paintRate, let mid = midRangeRate, let three = threeRate else { return nil }
        if paint >= 40 { return "paint" }
        if three >= 40 { return "perimeter" }
        if mid >= 35 { return "mid_range" }
        return "balanced"
    }

    /// excellent ≥ N games, good ≥ 0.7·N, limited ≥ 0.5·N, else insufficient.
    static func sampleQuality(games: Int, of size: Int) -> String {
        let share = Double(games) / Double(size)
        if share >= 1 { return "excellent" }
        if share >= 0.7 { return "good" }
        if share >= 0.5 { return "limited" }
        return "insufficient"
    }
}
