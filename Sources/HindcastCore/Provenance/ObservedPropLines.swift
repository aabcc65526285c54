/// Which `prop_lines` rows are observed pre-game player-points lines, defined once for every
/// reader (game summaries, context, features, preflight counts).
public enum ObservedPropLines {
    /// SQL condition on `prop_lines` (not aliased): the points market, matched to a player, and
    /// captured before tip-off, both the book's listed tip-off and the game's scheduled one (rows
    /// without `captured_at` come from files scraped before tip-off).
    public static let condition = """
        market = 'player_points' AND universal_player_id IS NOT NULL
            AND (captured_at IS NULL OR (\(ScheduledTipoff.beforeSQL("captured_at", "tipoff_utc"))
                AND \(ScheduledTipoff.beforeSQL("captured_at",
                    ScheduledTipoff.tipoffSQL(date: "prop_lines.game_date", team: "prop_lines.team_tricode")))))
        """
}
