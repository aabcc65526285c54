/// Estimated snapshot-only fields of synthetic context rows (issue 13): each estimate has its own
/// column beside the observed one, with the method and version that produced it. An estimate is
/// never written into the observed column (`current_points_line`, `game_spread`, `game_total`).
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum ContextEstimatesV2 {
    static let statements: [String] =
        [
            "ALTER TABLE upcoming_player_game_context ADD COLUMN estimated_line_version INTEGER"
        ]
        + ["upcoming_player_game_context", "upcoming_team_game_context"].flatMap { table in
            [
                "ALTER TABLE \(table) ADD COLUMN estimated_game_spread REAL",
                "ALTER TABLE \(table) ADD COLUMN estimated_spread_method TEXT",
                "ALTER TABLE \(table) ADD COLUMN estimated_spread_version INTEGER",
                "ALTER TABLE \(table) ADD COLUMN estimated_game_total REAL",
                "ALTER TABLE \(table) ADD COLUMN estimated_total_method TEXT",
                "ALTER TABLE \(table) ADD COLUMN estimated_total_version INTEGER",
            ]
        }
}
