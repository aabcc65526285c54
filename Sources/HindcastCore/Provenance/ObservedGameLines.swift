/// Which `game_lines` rows are pre-game snapshots, defined once for every reader (context, the
/// learned system's market values, preflight counts): captured before the tip-off the row was
/// imported with and before its game's scheduled tip-off now (a schedule imported since may have
/// moved the game), both compared to the second.
public enum ObservedGameLines {
    /// SQL condition on `game_lines`, named `table` in the query (its name when not aliased).
    public static func condition(_ table: String = "game_lines") -> String {
        let captured = "\(table).captured_at"
        let scheduled = ScheduledTipoff.tipoffSQL(date: "\(table).game_date", gameCode: "\(table).game_code")
        return """
            (\(table).tipoff_utc IS NULL OR \(ScheduledTipoff.beforeSQL(captured, "\(table).tipoff_utc")))
                AND \(ScheduledTipoff.beforeSQL(captured, scheduled))
            """
    }
}
