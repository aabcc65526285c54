/// Which `prop_lines` rows are observed pre-game player-points lines, defined once for every
/// reader (game summaries, context, features, preflight counts).
public enum ObservedPropLines {
    /// SQL condition on `prop_lines`: the points market, matched to a player, captured before
    /// tip-off (rows without `captured_at` come from files scraped before tip-off).
    public static let condition = """
        market = 'player_points' AND universal_player_id IS NOT NULL
            AND (captured_at IS NULL OR captured_at < tipoff_utc)
        """
}
