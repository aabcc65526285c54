import GRDB
import HindcastCore

/// One `player_shot_zone_analysis` row: a player's L10 (primary) and L20 (trend) shot profile
/// before the analysis date.
struct PlayerShotZoneProfile: ZoneAnalysisRow {
    static let primaryGames = 10
    static let trendGames = 20
    /// The L20 trend needs at least this many games (as the reference).
    static let trendMinimumGames = 15
    static let zoneSource = "nba_shot_chart"
    static let boxSource = "boxscore_threes_only"

    static let columns = [
        "player_lookup", "universal_player_id", "analysis_date", "season_year", "team_abbr", "paint_rate_last_10",
        "mid_range_rate_last_10", "three_pt_rate_last_10", "total_shots_last_10", "fg_attempts_last_10",
        "three_pt_attempts_last_10", "games_in_sample_10", "sample_quality_10", "paint_pct_last_10",
        "mid_range_pct_last_10", "three_pt_pct_last_10", "paint_attempts_per_game", "mid_range_attempts_per_game",
        "three_pt_attempts_per_game", "paint_rate_last_20", "paint_pct_last_20", "three_pt_rate_last_20",
        "games_in_sample_20", "sample_quality_20", "primary_scoring_zone", "has_complete_zones_10", "zones_source",
        "calculation_notes", "early_season_flag", "insufficient_data_reason", "min_games_required",
        "days_into_season", "data_quality_tier", "quality_score", "data_quality_issues", "input_fingerprint",
        "run_id",
    ]

    var values: [String: (any DatabaseValueConvertible)?] = [:]
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
            "player_lookup": latest.playerLookup, "universal_player_id": latest.playerID,
            "analysis_date": date.description, "season_year": seasonYear, "team_abbr": latest.team,
            "games_in_sample_10": l10.games,
            "sample_quality_10": PlayerZoneWindow.sampleQuality(games: l10.games, of: Self.primaryGames),
            "games_in_sample_20": l20.games,
            "sample_quality_20": PlayerZoneWindow.sampleQuality(games: l20.games, of: Self.trendGames),
            "fg_attempts_last_10": l10.fieldGoalAttempts, "three_pt_attempts_last_10": l10.threeAttempts,
            "has_complete_zones_10": l10.zonesComplete, "min_games_required": minimum,
            "days_into_season": daysIntoSeason, "early_season_flag": false,
        ]
        guard checkSample(games: l10.games, minimum: minimum, window: Self.primaryGames, before: date) else {
            isInsufficient = true
            return
        }
        fillPrimary(l10)
        if l20.games >= Self.trendMinimumGames { fillTrend(l20) }
    }

    private mutating func fillPrimary(_ window: PlayerZoneWindow) {
        values["paint_rate_last_10"] = window.paintRate.map(Rounding.hundredth)
        values["mid_range_rate_last_10"] = window.midRangeRate.map(Rounding.hundredth)
        values["three_pt_rate_last_10"] = window.threeRate.map(Rounding.hundredth)
        values["total_shots_last_10"] = window.zones?.attempts
        values["paint_pct_last_10"] = window.paintPct.map(Rounding.thousandth)
        values["mid_range_pct_last_10"] = window.midRangePct.map(Rounding.thousandth)
        values["three_pt_pct_last_10"] = window.threePct.map(Rounding.thousandth)
        values["paint_attempts_per_game"] = window.paintPerGame.map(Rounding.tenth)
        values["mid_range_attempts_per_game"] = window.midRangePerGame.map(Rounding.tenth)
        values["three_pt_attempts_per_game"] = window.threePerGame.map(Rounding.tenth)
        values["primary_scoring_zone"] = window.primaryScoringZone
        if window.zones != nil {
            usesZones = true
            values["zones_source"] = Self.zoneSource
            if !window.zonesComplete {
                quality.add("partial_shot_zones")
                notes.append("L10 shot zones from \(window.zoneGames) of \(window.games) games")
            }
        } else {
            values["zones_source"] = Self.boxSource
            quality.add("no_shot_zones")
            notes.append(
                window.zoneGames == 0
                    ? "no shot zones: paint and mid-range are NULL, threes from the box score"
                    : "shot zones in only \(window.zoneGames) of \(window.games) games: paint and mid-range are NULL")
        }
    }

    private mutating func fillTrend(_ window: PlayerZoneWindow) {
        values["paint_rate_last_20"] = window.paintRate.map(Rounding.hundredth)
        values["paint_pct_last_20"] = window.paintPct.map(Rounding.thousandth)
        values["three_pt_rate_last_20"] = window.threeRate.map(Rounding.hundredth)
    }
}
