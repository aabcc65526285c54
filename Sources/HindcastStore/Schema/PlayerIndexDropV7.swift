/// Issue 15's ten-season replay: `player_game_summary_by_player` (player, date) served no query
/// (every reader asks for dates, which the key's own index serves), yet each date's insert landed
/// in a different leaf per player, so a step dirtied one 16 KB page per player, more so the more
/// seasons the index held: the write-ahead log and its checkpoints grew with the warehouse.
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum PlayerIndexDropV7 {
    static let statements = [
        "DROP INDEX IF EXISTS player_game_summary_by_player"
    ]
}
