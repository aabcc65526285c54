import GRDB
import HindcastCore
import HindcastStore

/// Imports sportsbook player-points lines, resolving each book's spelling of the player's name to a
/// registry player. Rows that match no player are kept, counted and listed, never dropped.
///
/// An optional `captured_at` column (UTC) says when a row was scraped; without it a row was scraped
/// before tip-off. A row captured at or after tip-off (the book's or the schedule's, whichever is
/// first) is stored but never used as pre-game context (`ObservedPropLines`). When the same offer
/// (same key) is seen several times, the stored row is its latest pre-tip-off capture.
enum PropLineImporter {
    static let columns: [PropLinesColumn] = [
        .gameDate, .tipoffUtc, .playerName, .teamTricode, .oppTricode, .isHome, .bookmaker, .market, .line,
        .overPrice, .underPrice,
    ]

    /// A stored row of the same offer is kept when it is pre-tip-off and the incoming one is
    /// post-tip-off or an earlier capture. Parameters: the effective tip-off, whether the incoming
    /// row is post-tip-off.
    static let keepStoredCapture = """
        (prop_lines.captured_at IS NULL OR \(ScheduledTipoff.beforeSQL("prop_lines.captured_at", "?")))
            AND (? = 1 OR (excluded.captured_at IS NOT NULL AND prop_lines.captured_at IS NOT NULL
                AND excluded.captured_at < prop_lines.captured_at))
        """

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns.map(\.name))
        let seasons = try ImportedSeasons(db)
        var tipoffs = try TipoffLookup(db)
        var matcher = PlayerMatcher(registry: try PlayerRegistry.load(db))
        var matches: [String: Int] = [:]
        var unmatched: [String: Int] = [:]
        var seen: [String: Int] = [:]
        var dates: Set<String> = []
        var postTipoff = 0
        var upsert = try Upsert(
            db, columns: PropLinesColumn.allCases,
            key: [.gameDate, .playerName, .bookmaker, .market, .line, .tipoffUtc],
            keepExistingWhen: keepStoredCapture)
        try file.forEachRecord { fields in
            let date = try fields.date("game_date")
            try seasons.check(date, fields: fields)
            let tipoff = try RowChecks.utcTimestamp(fields, "tipoff_utc")
            let name = try fields.requiredText("player_name")
            let bookmaker = try fields.requiredText("bookmaker").lowercased()
            let market = try fields.requiredText("market")
            guard let line = try fields.optionalDouble("line") else { throw fields.error("line is empty") }
            guard line > 0, line < 100, (line * 2).rounded() == line * 2 else {
                throw fields.error("impossible line \(fields.text("line")) (expected a positive half point below 100)")
            }
            let team = try RowChecks.optionalTricode(fields, "team_tricode")
            let opponent = try RowChecks.optionalTricode(fields, "opp_tricode")
            let scheduled = try tipoffs.tipoff(date: date, team: team ?? opponent)
            try checkTipoff(tipoff, scheduled: scheduled, team: team ?? opponent, date: date, fields: fields)
            let captured =
                fields.text("captured_at").isEmpty ? nil : try RowChecks.utcTimestamp(fields, "captured_at")
            let key = "\(date)/\(name)/\(bookmaker)/\(market)/\(line)/\(tipoff)/\(captured ?? "")"
            if let earlier = seen[key] { throw fields.error("duplicate line row (also on line \(earlier))") }
            seen[key] = fields.line
            dates.insert(date)
            let effectiveTipoff = min(String(tipoff.prefix(19)), String(scheduled.prefix(19)))
            let isPostTipoff = captured.map { !ScheduledTipoff.isBefore($0, tipoff: effectiveTipoff) } ?? false
            if isPostTipoff { postTipoff += 1 }
            let match = try matcher.match(name: name, date: date, team: team, db: db)
            matches[match.status.rawValue, default: 0] += 1
            if match.universalID == nil { unmatched[name, default: 0] += 1 }
            let row: TableRow<PropLinesColumn> = [
                .gameDate: date, .tipoffUtc: tipoff, .playerName: name, .teamTricode: team, .oppTricode: opponent,
                .isHome: fields.text("is_home").isEmpty ? nil : try fields.flag("is_home"), .bookmaker: bookmaker,
                .market: market, .line: line, .overPrice: try RowChecks.price(fields, "over_price"),
                .underPrice: try RowChecks.price(fields, "under_price"), .capturedAt: captured,
                .playerLookup: match.lookup, .universalPlayerId: match.universalID,
                .matchStatus: match.status.rawValue, .gameCode: match.gameCode,
            ]
            try upsert.write(
                row, conditionArguments: [effectiveTipoff.databaseValue, isPostTipoff.databaseValue], db: db)
        }
        let delta = try upsert.delta(db)
        return ImportReport(
            kind: .propLines, file: file.path, rowsRead: seen.count, inserted: delta.inserted, updated: delta.updated,
            matches: matches, unmatchedNames: unmatched, notes: PostTipoff.notes(postTipoff), dates: dates.sorted())
    }

    /// Refuses a book tip-off a day or more from the game's scheduled one (an hour or two apart is
    /// normal: books list their own times, and sources mislabel time zones).
    static func checkTipoff(
        _ tipoff: String, scheduled: String, team: String?, date: String, fields: CSVFields
    )
        throws
    {
        guard let listed = ScheduledTipoff.seconds(tipoff), let expected = ScheduledTipoff.seconds(scheduled) else {
            return
        }
        let hours = abs(listed - expected) / 3_600
        guard hours >= 24 else { return }
        let game = team.map { "\($0)'s game on \(date)" } ?? "the first game on \(date)"
        throw fields.error(
            "tipoff_utc \(tipoff) is \(hours) hours from the scheduled tip-off of \(game) (\(scheduled)); is game_date or tipoff_utc wrong?"
        )
    }
}
