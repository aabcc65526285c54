import GRDB
import HindcastCore

/// The scheduled tip-off (UTC) of the game a team plays on a date, exactly as the context readers
/// see it (`ScheduledTipoff.tipoffSQL`), cached per date and team.
struct TipoffLookup {
    private var cache: [String: String] = [:]
    private let statement: Statement

    init(_ db: Database) throws {
        statement = try db.makeStatement(sql: "SELECT \(ScheduledTipoff.tipoffSQL(date: "?1", team: "?2"))")
    }

    /// The tip-off of `team`'s game on `date` (the day's earliest when `team` is `nil` or has none).
    mutating func tipoff(date: String, team: String?) throws -> String {
        let key = "\(date)/\(team ?? "")"
        if let known = cache[key] { return known }
        let value =
            try String.fetchOne(statement, arguments: [date, team]) ?? ScheduledTipoff.unknownStart(GameDate(date)!)
        cache[key] = value
        return value
    }
}
