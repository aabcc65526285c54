/// The feature-store features (`feature_version` v1): the reference's numbering (features 0-53 of
/// `ml_feature_store_v2`), so users' model contracts carry over. Unlike the reference, the paint and
/// mid-range shares (18, 19) are optional: they need shot zones, which some seasons lack. Each has a category for the
/// per-category quality scores, a flag for whether the quality score requires it, and the
/// reference's default when no source has a value (`nil`: left missing).
public struct FeatureDefinition: Sendable, Equatable {
    public let index: Int
    public let name: String
    public let category: FeatureCategory
    /// Required features count in `feature_quality_score` even when defaulted; optional features
    /// count only when they have a real value (the reference's OPTIONAL_FEATURES).
    public let required: Bool
    public let defaultValue: Double?
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
            F(index: 0, name: "points_avg_last_5", category: h, required: true, defaultValue: 10),
            F(index: 1, name: "points_avg_last_10", category: h, required: true, defaultValue: 10),
            F(index: 2, name: "points_avg_season", category: h, required: true, defaultValue: 10),
            F(index: 3, name: "points_std_last_10", category: h, required: true, defaultValue: 5),
            F(index: 4, name: "games_in_last_7_days", category: h, required: true, defaultValue: 3),
            F(index: 5, name: "fatigue_score", category: m, required: true, defaultValue: 50),
            F(index: 6, name: "shot_zone_mismatch_score", category: m, required: true, defaultValue: 0),
            F(index: 7, name: "pace_score", category: m, required: true, defaultValue: 0),
            F(index: 8, name: "usage_spike_score", category: m, required: true, defaultValue: 0),
            F(index: 9, name: "rest_advantage", category: g, required: true, defaultValue: 0),
            F(index: 10, name: "injury_risk", category: g, required: true, defaultValue: 0),
            F(index: 11, name: "recent_trend", category: h, required: true, defaultValue: 0),
            F(index: 12, name: "minutes_change", category: h, required: true, defaultValue: 0),
            F(index: 13, name: "opponent_def_rating", category: m, required: true, defaultValue: 112),
            F(index: 14, name: "opponent_pace", category: m, required: true, defaultValue: 100),
            F(index: 15, name: "home_away", category: g, required: true, defaultValue: 0),
            F(index: 16, name: "back_to_back", category: g, required: true, defaultValue: 0),
            F(index: 17, name: "playoff_game", category: g, required: true, defaultValue: 0),
            F(index: 18, name: "pct_paint", category: h, required: false, defaultValue: nil),
            F(index: 19, name: "pct_mid_range", category: h, required: false, defaultValue: nil),
            F(index: 20, name: "pct_three", category: h, required: true, defaultValue: nil),
            F(index: 21, name: "pct_free_throw", category: h, required: true, defaultValue: 0.15),
            F(index: 22, name: "team_pace", category: t, required: true, defaultValue: 100),
            F(index: 23, name: "team_off_rating", category: t, required: true, defaultValue: 112),
            F(index: 24, name: "team_win_pct", category: t, required: true, defaultValue: 0.5),
            F(index: 25, name: "vegas_points_line", category: v, required: false, defaultValue: nil),
            F(index: 26, name: "vegas_opening_line", category: v, required: false, defaultValue: nil),
            F(index: 27, name: "vegas_line_move", category: v, required: false, defaultValue: nil),
            F(index: 28, name: "has_vegas_line", category: v, required: false, defaultValue: 0),
            F(index: 29, name: "avg_points_vs_opponent", category: h, required: true, defaultValue: 10),
            F(index: 30, name: "games_vs_opponent", category: h, required: true, defaultValue: 0),
            F(index: 31, name: "minutes_avg_last_10", category: h, required: true, defaultValue: 28),
            F(index: 32, name: "ppm_avg_last_10", category: h, required: true, defaultValue: 0.4),
            F(index: 33, name: "dnp_rate", category: h, required: true, defaultValue: 0),
            F(index: 34, name: "pts_slope_10g", category: h, required: true, defaultValue: 0),
            F(index: 35, name: "pts_vs_season_zscore", category: h, required: true, defaultValue: 0),
            F(index: 36, name: "breakout_flag", category: h, required: true, defaultValue: 0),
            F(index: 37, name: "star_teammates_out", category: g, required: false, defaultValue: 0),
            F(index: 38, name: "game_total_line", category: g, required: false, defaultValue: nil),
            F(index: 39, name: "days_rest", category: g, required: false, defaultValue: nil),
            F(index: 40, name: "minutes_load_last_7d", category: g, required: false, defaultValue: nil),
            F(index: 41, name: "spread_magnitude", category: g, required: false, defaultValue: nil),
            F(index: 42, name: "implied_team_total", category: g, required: false, defaultValue: nil),
            F(index: 43, name: "points_avg_last_3", category: h, required: false, defaultValue: nil),
            F(index: 44, name: "scoring_trend_slope", category: h, required: false, defaultValue: nil),
            F(index: 45, name: "deviation_from_avg_last3", category: h, required: false, defaultValue: nil),
            F(index: 46, name: "consecutive_games_below_avg", category: h, required: false, defaultValue: nil),
            F(index: 47, name: "teammate_usage_available", category: g, required: false, defaultValue: nil),
            F(index: 48, name: "usage_rate_last_5", category: h, required: false, defaultValue: nil),
            F(index: 49, name: "games_since_structural_change", category: g, required: false, defaultValue: nil),
            F(index: 50, name: "multi_book_line_std", category: v, required: false, defaultValue: nil),
            F(index: 51, name: "prop_over_streak", category: v, required: false, defaultValue: nil),
            F(index: 52, name: "prop_under_streak", category: v, required: false, defaultValue: nil),
            F(index: 53, name: "line_vs_season_avg", category: v, required: false, defaultValue: nil),
        ]
    }()

    /// The feature at `index`.
    public static func feature(_ index: Int) -> FeatureDefinition { all[index] }

    /// The index of the feature called `name`.
    public static func index(of name: String) -> Int? { all.firstIndex { $0.name == name } }

    /// Feature names in index order.
    public static var names: [String] { all.map(\.name) }
}
