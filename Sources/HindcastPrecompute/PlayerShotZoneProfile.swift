import GRDB
import HindcastCore
import HindcastStore

/// One `player_shot_zone_analysis` row: a player's L10 (primary) and L20 (trend) shot profile
/// before the analysis date.
struct PlayerShotZoneProfile: ZoneAnalysisRow {
    static let primaryGames = 10
    static let trendGames = 20
    /// The L20 trend needs at least this many games (as the reference).
    static let trendMinimumGames = 15
    static let zoneSource = "nba_shot_chart"
    static let boxSource = "boxscore_threes_only"

    var values = TableRow<PlayerShotZoneAnalysisColumn>()
    var quality = ZoneQualityNotes()
    var notes: [String] = []
    var fingerprint = Fingerprint()
    private(set) var isInsufficient = false
    /// Whether the L10 profile comes from shot zones.
    private(set) var usesZones = false

    /// Builds the row from the player's games, newest first (at most 20, all before `date`).
    init(games: [PlayerZoneGame], date: GameDate, seasonYear: Int, daysIntoSeason: Int?) {
        let minimum = ZoneEarlySeason.playerMinimumGames(daysIntoSeason: daysIntoSeason)
        let latest = games[0]
        for game in games { fingerprint.add(game.fingerprint) }
        let l10 = PlayerZoneWindow(games.prefix(Self.primaryGames), minimumZoneGames: minimum)
        let l20 = PlayerZoneWindow(games.prefix(Self.trendGames), minimumZoneGames: Self.trendMinimumGames)
        values = [
            .playerLookup: latest.playerLookup, .universalPlayerId: latest.playerID,
            .analysisDate: date.description, .seasonYear: seasonYear, .teamAbbr: latest.team,
            .gamesInSample10: l10.games,
            .sampleQuality10: PlayerZoneWindow.sampleQuality(games: l10.games, of: Self.primaryGames),
            .gamesInSample20: l20.games,
            .sampleQuality20: PlayerZoneWindow.sampleQuality(games: l20.games, of: Self.trendGames),
            .fgAttemptsLast10: l10.fieldGoalAttempts, .threePtAttemptsLast10: l10.threeAttempts,
            .hasCompleteZones10: l10.zonesComplete, .minGamesRequired: minimum,
            .daysIntoSeason: daysIntoSeason, .earlySeasonFlag: false,
        ]
        guard checkSample(games: l10.games, minimum: minimum, window: Self.primaryGames, before: date) else {
            isInsufficient = true
            return
        }
        fillPrimary(l10)
        if l20.games >= Self.trendMinimumGames { fillTrend(l20) }
    }

    private mutating func fillPrimary(_ window: PlayerZoneWindow) {
        values[.paintRateLast10] = window.paintRate.map(Rounding.hundredth)
        values[.midRangeRateLast10] = window.midRangeRate.map(Rounding.hundredth)
        values[.threePtRateLast10] = window.threeRate.map(Rounding.hundredth)
        values[.totalShotsLast10] = window.zones?.attempts
        values[.paintPctLast10] = window.paintPct.map(Rounding.thousandth)
        values[.midRangePctLast10] = window.midRangePct.map(Rounding.thousandth)
        values[.threePtPctLast10] = window.threePct.map(Rounding.thousandth)
        values[.paintAttemptsPerGame] = window.paintPerGame.map(Rounding.tenth)
        values[.midRangeAttemptsPerGame] = window.midRangePerGame.map(Rounding.tenth)
        values[.threePtAttemptsPerGame] = window.threePerGame.map(Rounding.tenth)
        values[.primaryScoringZone] = window.primaryScoringZone
        if window.zones != nil {
            usesZones = true
            values[.zonesSource] = Self.zoneSource
            if !window.zonesComplete {
                quality.add("partial_shot_zones")
                notes.append("L10 shot zones from \(window.zoneGames) of \(window.games) games")
            }
        } else {
            values[.zonesSource] = Self.boxSource
            quality.add("no_shot_zones")
            notes.append(
                window.zoneGames == 0
                    ? "no shot zones: paint and mid-range are NULL, threes from the box score"
                    : "shot zones in only \(window.zoneGames) of \(window.games) games: paint and mid-range are NULL")
        }
    }

    private mutating func fillTrend(_ window: PlayerZoneWindow) {
        values[.paintRateLast20] = window.paintRate.map(Rounding.hundredth)
        values[.paintPctLast20] = window.paintPct.map(Rounding.thousandth)
        values[.threePtRateLast20] = window.threeRate.map(Rounding.hundredth)
    }
}
