/// The column groups of the player context table (DESIGN §4).
public enum ContextFields {
    /// Fields computed by the shared calculator from schedule, earlier game summaries and D's
    /// official inactive list: identical for observed and synthetic rows.
    public static let historyDerived = [
        "home_game", "game_start_time_local", "days_rest", "back_to_back", "days_rest_before_last_game",
        "days_since_2_plus_days_rest", "games_in_last_7_days", "games_in_last_14_days", "minutes_in_last_7_days",
        "minutes_in_last_14_days", "avg_minutes_per_game_last_7", "back_to_backs_last_14_days",
        "avg_usage_rate_last_7_games", "projected_usage_rate", "points_avg_last_5", "points_avg_last_10",
        "l5_games_used", "l10_games_used",
        "l5_sample_quality", "l10_sample_quality", "games_played_season", "pace_differential", "opponent_pace_last_10",
        "opponent_off_rating_last_10", "opponent_def_rating_last_10", "opponent_rebounding_rate",
        "opponent_ft_rate_allowed", "star_teammates_out", "star_teammates_out_names", "season_phase", "travel_miles",
        "time_zone_changes", "consecutive_road_games", "miles_traveled_last_14_days", "time_zones_crossed_last_14_days",
        "opponent_days_rest",
    ]

    /// Fields only a pre-game snapshot can give; without one they stay NULL (or, where the profile
    /// allows, hold an estimate in its own column) and a synthetic row lists them.
    public static let snapshotOnly = [
        "has_prop_line", "current_points_line", "prop_over_streak", "prop_under_streak", "game_spread", "game_total",
        "player_status", "player_age",
    ]

    /// Marker in `synthetic_fields` for a row whose very existence (who plays) was reconstructed.
    public static let playerSetMarker = "player_set"

    /// Team context fields only a snapshot gives (betting lines, injury report).
    public static let teamSnapshotOnly = [
        "game_spread", "game_total", "starters_out_count", "questionable_players_count",
    ]
}
