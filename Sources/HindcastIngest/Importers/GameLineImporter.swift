import GRDB
import HindcastCore
import HindcastStore

/// Imports game spread and total snapshots (format in docs/data-formats.md). Each row is one
/// bookmaker's offer on one side, captured at a known time.
enum GameLineImporter {
    static let columns = [
        "game_date", "home_tricode", "away_tricode", "bookmaker", "market", "side", "point", "price", "captured_at",
    ]

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns)
        var seen: [String: Int] = [:]
        var dates: Set<String> = []
        var postTipoff = 0
        var upsert = try Upsert(
            db, columns: GameLinesColumn.allCases, key: [.gameCode, .bookmaker, .market, .teamTricode, .capturedAt])
        try file.forEachRecord { fields in
            let date = try fields.date("game_date")
            guard let home = try RowChecks.optionalTricode(fields, "home_tricode"),
                let away = try RowChecks.optionalTricode(fields, "away_tricode")
            else { throw fields.error("home_tricode and away_tricode are required") }
            guard
                let game = try GRDB.Row.fetchOne(
                    db,
                    sql:
                        """
                        SELECT game_code, COALESCE(tipoff_utc, game_date || 'T16:00:00Z') AS tipoff FROM schedule
                        WHERE game_date = ? AND home_tricode = ? AND away_tricode = ?
                        """,
                    arguments: [date, home, away])
            else { throw fields.error("no scheduled game \(away) at \(home) on \(date); import the schedule first") }
            let market = fields.text("market").lowercased()
            let side = fields.text("side").uppercased()
            switch market {
            case "spread":
                guard side == home || side == away else {
                    throw fields.error("a spread's side must be \(home) or \(away), found \"\(fields.text("side"))\"")
                }
            case "total":
                guard side == "OVER" || side == "UNDER" else {
                    throw fields.error("a total's side must be over or under, found \"\(fields.text("side"))\"")
                }
            default:
                throw fields.error("unknown market \"\(fields.text("market"))\" (expected spread or total)")
            }
            guard let point = try fields.optionalDouble("point") else { throw fields.error("point is empty") }
            if market == "total" && !(150...300).contains(point) {
                throw fields.error("impossible total \(point) (expected 150-300)")
            }
            if market == "spread" && abs(point) > 40 { throw fields.error("impossible spread \(point)") }
            let captured = try RowChecks.utcTimestamp(fields, "captured_at")
            let bookmaker = try fields.requiredText("bookmaker").lowercased()
            let gameCode: String = game["game_code"]
            let key = "\(gameCode)/\(bookmaker)/\(market)/\(side)/\(captured)"
            if let earlier = seen[key] { throw fields.error("duplicate game line (also on line \(earlier))") }
            seen[key] = fields.line
            dates.insert(date)
            let tipoff: String = game["tipoff"]
            if !ScheduledTipoff.isBefore(captured, tipoff: tipoff) { postTipoff += 1 }
            let row: TableRow<GameLinesColumn> = [
                .gameDate: date, .gameCode: gameCode, .bookmaker: bookmaker, .market: market, .teamTricode: side,
                .point: point, .price: try RowChecks.price(fields, "price"), .capturedAt: captured,
                .tipoffUtc: tipoff,
            ]
            try upsert.write(row, db: db)
        }
        let delta = try upsert.delta(db)
        return ImportReport(
            kind: .gameLines, file: file.path, rowsRead: seen.count, inserted: delta.inserted, updated: delta.updated,
            notes: PostTipoff.notes(postTipoff), dates: dates.sorted())
    }
}
