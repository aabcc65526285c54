import GRDB

/// Per date, the players the context module will give an observed row (player-points prop lines
/// captured before tip-off, rows imported as observed), those imported as synthetic, and the
/// box-score player set (listed on the box score, not on the inactive list). The same rules as
/// the context module's drivers, counted in SQL so the preflight never runs a processor.
struct PlayerContextCounts {
    struct Day {
        var observed = Set<String>()
        var importedSynthetic = Set<String>()
        var playerSet = Set<String>()

        /// Players with a row that synthesis will not replace.
        var all: Set<String> { observed.union(importedSynthetic) }
    }

    static func load(_ db: Database, from start: GameDate, through end: GameDate) throws -> [GameDate: Day] {
        var days: [GameDate: Day] = [:]
        let arguments: StatementArguments = [start.description, end.description]
        /// Runs `sql`, which selects `game_date`, `player_lookup` and `origin` (NULL where it has none).
        func each(_ sql: String, _ body: (inout Day, String, String?) -> Void) throws {
            let rows = try Row.fetchCursor(db, sql: sql, arguments: arguments)
            while let row = try rows.next() {
                guard let date = GameDate(row["game_date"] as String) else { continue }
                body(&days[date, default: Day()], row["player_lookup"], row["origin"])
            }
        }
        try each(
            """
            SELECT game_date, player_lookup, context_origin AS origin FROM imported_player_context
            WHERE game_date BETWEEN ?1 AND ?2 AND (captured_at IS NULL OR \(ScheduledTipoff.beforeSQL("captured_at",
                ScheduledTipoff.tipoffSQL(date: "imported_player_context.game_date",
                    team: "json_extract(imported_player_context.payload, '$.team_abbr')"))))
            """
        ) { day, lookup, origin in
            if origin == "synthetic" { day.importedSynthetic.insert(lookup) } else { day.observed.insert(lookup) }
        }
        try each(
            """
            SELECT DISTINCT game_date, player_lookup, NULL AS origin FROM prop_lines
            WHERE game_date BETWEEN ?1 AND ?2 AND \(ObservedPropLines.condition)
            """
        ) { day, lookup, _ in
            if !day.importedSynthetic.contains(lookup) { day.observed.insert(lookup) }
        }
        try each(
            """
            SELECT DISTINCT b.game_date AS game_date, b.player_lookup AS player_lookup, NULL AS origin
            FROM player_boxscores b
            WHERE b.game_date BETWEEN ?1 AND ?2 AND NOT EXISTS (
                SELECT 1 FROM inactives i WHERE i.game_date = b.game_date AND i.player_lookup = b.player_lookup)
            """
        ) { day, lookup, _ in day.playerSet.insert(lookup) }
        return days
    }
}
