/// When a pre-game snapshot may be used: the scheduled tip-off of each game in UTC (from the
/// schedule's Eastern start time), and the capture time of imported context rows. A snapshot
/// counts for its game only when captured before tip-off (docs/data-formats.md).
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum SnapshotTimesV2 {
    static let statements: [String] = [
        "ALTER TABLE schedule ADD COLUMN tipoff_utc TEXT",
        "ALTER TABLE imported_player_context ADD COLUMN captured_at TEXT",
        "ALTER TABLE imported_team_context ADD COLUMN captured_at TEXT",
    ]
}
