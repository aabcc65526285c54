/// Issue 15's ten-season replay: `player_game_summary_by_player` (player, date) served no query
/// (every reader asks for dates, which the key's own index serves), yet a date's rows go into it
/// at one place per player, spread over more pages the more seasons it holds; with it,
/// `player_game_summary`'s step time grew season after season in `benchmarks/ten-seasons.sh`
/// (0.92 -> 1.44 s over ten), without it it stays flat.
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum PlayerIndexDropV7 {
    static let statements = [
        "DROP INDEX IF EXISTS player_game_summary_by_player"
    ]
}
