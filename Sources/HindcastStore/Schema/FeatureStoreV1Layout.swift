/// The `v1_54features` feature vector as `ml_feature_store` lays it out, frozen for the generated
/// `features`, `feature_names` and `feature_sources` columns (`CompactStorageV4`): the names in
/// slot order and each feature's default (`nil`: none, the feature is left missing). It must equal
/// HindcastCore's `FeatureCatalog` (`FeatureStoreLayoutTests` checks); a new feature version needs
/// a new migration that extends the generated columns.
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum FeatureStoreV1Layout {
    /// `ml_feature_store.feature_version` of rows laid out this way.
    static let version = "v1_54features"

    /// The features' names in slot order, with their defaults.
    static let features: [(name: String, defaultValue: Double?)] = [
        ("points_avg_last_5", 10), ("points_avg_last_10", 10), ("points_avg_season", 10),
        ("points_std_last_10", 5), ("games_in_last_7_days", 3), ("fatigue_score", 50),
        ("shot_zone_mismatch_score", 0), ("pace_score", 0), ("usage_spike_score", 0), ("rest_advantage", 0),
        ("injury_risk", 0), ("recent_trend", 0), ("minutes_change", 0), ("opponent_def_rating", 112),
        ("opponent_pace", 100), ("home_away", 0), ("back_to_back", 0), ("playoff_game", 0), ("pct_paint", nil),
        ("pct_mid_range", nil), ("pct_three", nil), ("pct_free_throw", 0.15), ("team_pace", 100),
        ("team_off_rating", 112), ("team_win_pct", 0.5), ("vegas_points_line", nil), ("vegas_opening_line", nil),
        ("vegas_line_move", nil), ("has_vegas_line", 0), ("avg_points_vs_opponent", 10), ("games_vs_opponent", 0),
        ("minutes_avg_last_10", 28), ("ppm_avg_last_10", 0.4), ("dnp_rate", 0), ("pts_slope_10g", 0),
        ("pts_vs_season_zscore", 0), ("breakout_flag", 0), ("star_teammates_out", 0), ("game_total_line", nil),
        ("days_rest", nil), ("minutes_load_last_7d", nil), ("spread_magnitude", nil), ("implied_team_total", nil),
        ("points_avg_last_3", nil), ("scoring_trend_slope", nil), ("deviation_from_avg_last3", nil),
        ("consecutive_games_below_avg", nil), ("teammate_usage_available", nil), ("usage_rate_last_5", nil),
        ("games_since_structural_change", nil), ("multi_book_line_std", nil), ("prop_over_streak", nil),
        ("prop_under_streak", nil), ("line_vs_season_avg", nil),
    ]
}
