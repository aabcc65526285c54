/// The feature-store features (`feature_version` v1): the reference's numbering (features 0-53 of
/// `ml_feature_store_v2`), so users' model contracts carry over. Unlike the reference, the paint and
/// mid-range shares (18, 19) are optional: they need shot zones, which some seasons lack. Each has a category for the
/// per-category quality scores, a flag for whether the quality score requires it, and the
/// reference's default when no source has a value (`nil`: left missing).
public struct FeatureDefinition: Sendable, Equatable {
    public let id: FeatureID
    public let name: String
    public let category: FeatureCategory
    /// Required features count in `feature_quality_score` even when defaulted; optional features
    /// count only when they have a real value (the reference's OPTIONAL_FEATURES).
    public let required: Bool
    public let defaultValue: Double?

    /// The feature's position in the `features` array (`feature_<index>_value`).
    public var index: Int { id.rawValue }
}

/// Quality categories of the reference's feature store.
public enum FeatureCategory: String, Sendable, CaseIterable, Codable {
    case matchup
    case playerHistory = "player_history"
    case teamContext = "team_context"
    case vegas
    case gameContext = "game_context"
}

/// The ordered list of features.
public enum FeatureCatalog {
    public static let version = "v1_54features"

    public static let all: [FeatureDefinition] = {
        typealias F = FeatureDefinition
        let h = FeatureCategory.playerHistory
        let g = FeatureCategory.gameContext
        let m = FeatureCategory.matchup
        let t = FeatureCategory.teamContext
        let v = FeatureCategory.vegas
        return [
            F(id: .pointsAvgLast5, name: "points_avg_last_5", category: h, required: true, defaultValue: 10),
            F(id: .pointsAvgLast10, name: "points_avg_last_10", category: h, required: true, defaultValue: 10),
            F(id: .pointsAvgSeason, name: "points_avg_season", category: h, required: true, defaultValue: 10),
            F(id: .pointsStdLast10, name: "points_std_last_10", category: h, required: true, defaultValue: 5),
            F(id: .gamesInLast7Days, name: "games_in_last_7_days", category: h, required: true, defaultValue: 3),
            F(id: .fatigueScore, name: "fatigue_score", category: m, required: true, defaultValue: 50),
            F(
                id: .shotZoneMismatchScore, name: "shot_zone_mismatch_score", category: m, required: true,
                defaultValue: 0),
            F(id: .paceScore, name: "pace_score", category: m, required: true, defaultValue: 0),
            F(id: .usageSpikeScore, name: "usage_spike_score", category: m, required: true, defaultValue: 0),
            F(id: .restAdvantage, name: "rest_advantage", category: g, required: true, defaultValue: 0),
            F(id: .injuryRisk, name: "injury_risk", category: g, required: true, defaultValue: 0),
            F(id: .recentTrend, name: "recent_trend", category: h, required: true, defaultValue: 0),
            F(id: .minutesChange, name: "minutes_change", category: h, required: true, defaultValue: 0),
            F(id: .opponentDefRating, name: "opponent_def_rating", category: m, required: true, defaultValue: 112),
            F(id: .opponentPace, name: "opponent_pace", category: m, required: true, defaultValue: 100),
            F(id: .homeAway, name: "home_away", category: g, required: true, defaultValue: 0),
            F(id: .backToBack, name: "back_to_back", category: g, required: true, defaultValue: 0),
            F(id: .playoffGame, name: "playoff_game", category: g, required: true, defaultValue: 0),
            F(id: .pctPaint, name: "pct_paint", category: h, required: false, defaultValue: nil),
            F(id: .pctMidRange, name: "pct_mid_range", category: h, required: false, defaultValue: nil),
            F(id: .pctThree, name: "pct_three", category: h, required: true, defaultValue: nil),
            F(id: .pctFreeThrow, name: "pct_free_throw", category: h, required: true, defaultValue: 0.15),
            F(id: .teamPace, name: "team_pace", category: t, required: true, defaultValue: 100),
            F(id: .teamOffRating, name: "team_off_rating", category: t, required: true, defaultValue: 112),
            F(id: .teamWinPct, name: "team_win_pct", category: t, required: true, defaultValue: 0.5),
            F(id: .vegasPointsLine, name: "vegas_points_line", category: v, required: false, defaultValue: nil),
            F(id: .vegasOpeningLine, name: "vegas_opening_line", category: v, required: false, defaultValue: nil),
            F(id: .vegasLineMove, name: "vegas_line_move", category: v, required: false, defaultValue: nil),
            F(id: .hasVegasLine, name: "has_vegas_line", category: v, required: false, defaultValue: 0),
            F(id: .avgPointsVsOpponent, name: "avg_points_vs_opponent", category: h, required: true, defaultValue: 10),
            F(id: .gamesVsOpponent, name: "games_vs_opponent", category: h, required: true, defaultValue: 0),
            F(id: .minutesAvgLast10, name: "minutes_avg_last_10", category: h, required: true, defaultValue: 28),
            F(id: .ppmAvgLast10, name: "ppm_avg_last_10", category: h, required: true, defaultValue: 0.4),
            F(id: .dnpRate, name: "dnp_rate", category: h, required: true, defaultValue: 0),
            F(id: .ptsSlope10g, name: "pts_slope_10g", category: h, required: true, defaultValue: 0),
            F(id: .ptsVsSeasonZscore, name: "pts_vs_season_zscore", category: h, required: true, defaultValue: 0),
            F(id: .breakoutFlag, name: "breakout_flag", category: h, required: true, defaultValue: 0),
            F(id: .starTeammatesOut, name: "star_teammates_out", category: g, required: false, defaultValue: 0),
            F(id: .gameTotalLine, name: "game_total_line", category: g, required: false, defaultValue: nil),
            F(id: .daysRest, name: "days_rest", category: g, required: false, defaultValue: nil),
            F(id: .minutesLoadLast7d, name: "minutes_load_last_7d", category: g, required: false, defaultValue: nil),
            F(id: .spreadMagnitude, name: "spread_magnitude", category: g, required: false, defaultValue: nil),
            F(id: .impliedTeamTotal, name: "implied_team_total", category: g, required: false, defaultValue: nil),
            F(id: .pointsAvgLast3, name: "points_avg_last_3", category: h, required: false, defaultValue: nil),
            F(id: .scoringTrendSlope, name: "scoring_trend_slope", category: h, required: false, defaultValue: nil),
            F(
                id: .deviationFromAvgLast3, name: "deviation_from_avg_last3", category: h, required: false,
                defaultValue: nil),
            F(
                id: .consecutiveGamesBelowAvg, name: "consecutive_games_below_avg", category: h, required: false,
                defaultValue: nil),
            F(
                id: .teammateUsageAvailable, name: "teammate_usage_available", category: g, required: false,
                defaultValue: nil),
            F(id: .usageRateLast5, name: "usage_rate_last_5", category: h, required: false, defaultValue: nil),
            F(
                id: .gamesSinceStructuralChange, name: "games_since_structural_change", category: g, required: false,
                defaultValue: nil),
            F(id: .multiBookLineStd, name: "multi_book_line_std", category: v, required: false, defaultValue: nil),
            F(id: .propOverStreak, name: "prop_over_streak", category: v, required: false, defaultValue: nil),
            F(id: .propUnderStreak, name: "prop_under_streak", category: v, required: false, defaultValue: nil),
            F(id: .lineVsSeasonAvg, name: "line_vs_season_avg", category: v, required: false, defaultValue: nil),
        ]
    }()

    /// The definition of `id`.
    public static func feature(_ id: FeatureID) -> FeatureDefinition { all[id.rawValue] }

    /// The feature called `name` (a model's stored feature list), or `nil` for another name.
    public static func id(named name: String) -> FeatureID? { byName[name] }

    private static let byName = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0.id) })

    /// Feature names in index order.
    public static var names: [String] { all.map(\.name) }
}
