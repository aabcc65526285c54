/// A game's scheduled tip-off in UTC, from its date and the schedule's Eastern start time, and the
/// one rule every pre-game snapshot obeys: it counts for its game only when captured before tip-off.
///
/// Timestamps are `YYYY-MM-DDTHH:MM:SSZ` (fractional seconds allowed); they are compared by their
/// first 19 characters, so a capture at 23:30:00.5 is not before a 23:30:00 tip-off.
public enum ScheduledTipoff {
    /// `2021-10-19` and `7:30p` (also `7:30 PM`, `12:00p`) → `2021-10-19T23:30:00Z`, with Eastern
    /// daylight time applied by the US rules in force since 2007; `nil` when the time is unreadable.
    public static func utc(date: GameDate, easternStart: String) -> String? {
        guard let minutes = minutesAfterMidnight(easternStart) else { return nil }
        return timestamp(date: date, easternMinutes: minutes)
    }

    /// The tip-off, or when the start time is unknown `unknownStart(date)`.
    public static func utc(date: GameDate, easternStart: String?) -> String {
        if let easternStart, let known = utc(date: date, easternStart: easternStart) { return known }
        return unknownStart(date)
    }

    /// The tip-off assumed when a game's start time is unknown: 16:00 UTC on the game day (noon
    /// EDT, 11 a.m. EST), before any NBA tip-off, so what counts against it is certainly pre-game.
    public static func unknownStart(_ date: GameDate) -> String { "\(date)T16:00:00Z" }

    /// SQL for the scheduled tip-off of the game that team `team` plays on `date` (SQL expressions);
    /// the day's earliest tip-off when the team has no game or is unknown, else `unknownStart`.
    public static func tipoffSQL(date: String, team: String) -> String {
        """
        COALESCE((SELECT s.tipoff_utc FROM schedule s WHERE s.game_date = \(date)
                AND \(team) IN (s.home_tricode, s.away_tricode)),
            (SELECT MIN(s.tipoff_utc) FROM schedule s WHERE s.game_date = \(date)), \(date) || 'T16:00:00Z')
        """
    }

    /// SQL for the scheduled tip-off of the game `gameCode` on `date` (SQL expressions).
    public static func tipoffSQL(date: String, gameCode: String) -> String {
        """
        COALESCE((SELECT s.tipoff_utc FROM schedule s WHERE s.game_code = \(gameCode)), \(date) || 'T16:00:00Z')
        """
    }

    /// SQL: the timestamp `captured` is before the timestamp `tipoff` (SQL expressions).
    public static func beforeSQL(_ captured: String, _ tipoff: String) -> String {
        "substr(\(captured), 1, 19) < substr(\(tipoff), 1, 19)"
    }

    /// Whether a snapshot captured at `capturedAt` is from before `tipoff` (both UTC timestamps).
    public static func isBefore(_ capturedAt: String, tipoff: String) -> Bool {
        capturedAt.prefix(19) < tipoff.prefix(19)
    }

    /// Seconds since 1970 of a `YYYY-MM-DDTHH:MM:SS(.fff)Z` timestamp; `nil` for anything else.
    public static func seconds(_ timestamp: String) -> Int? {
        let utf8 = Array(timestamp.utf8)
        guard utf8.count >= 20, utf8.last == UInt8(ascii: "Z"), utf8[10] == UInt8(ascii: "T"),
            let date = GameDate(timestamp.prefix(10))
        else { return nil }
        let parts = timestamp.dropFirst(11).prefix(8).split(separator: ":")
        guard parts.count == 3, let hour = Int(parts[0]), let minute = Int(parts[1]), let second = Int(parts[2])
        else { return nil }
        return date.dayNumber * 86_400 + hour * 3_600 + minute * 60 + second
    }

    /// Whether Eastern daylight time is in force on `date` (second Sunday of March through the day
    /// before the first Sunday of November; games start well after the 2 a.m. switch).
    public static func isEasternDaylightTime(_ date: GameDate) -> Bool {
        let year = date.year
        let start = nthSunday(2, month: 3, year: year)
        let end = nthSunday(1, month: 11, year: year)
        return start <= date && date < end
    }

    private static func nthSunday(_ n: Int, month: Int, year: Int) -> GameDate {
        let first = GameDate(year: year, month: month, day: 1)!
        let weekday = ((first.dayNumber + 4) % 7 + 7) % 7  // 1970-01-01 was a Thursday; 0 = Sunday
        return first.adding(days: (7 - weekday) % 7 + 7 * (n - 1))
    }

    private static func timestamp(date: GameDate, easternMinutes: Int) -> String {
        let offset = isEasternDaylightTime(date) ? 4 : 5
        let total = date.dayNumber * 1_440 + easternMinutes + offset * 60
        let day = GameDate(dayNumber: total / 1_440)
        let minute = total % 1_440
        return "\(day)T\(twoDigits(minute / 60)):\(twoDigits(minute % 60)):00Z"
    }

    private static func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

    /// `7:30p` → 1170; `12:00p` → 720; `12:15a` → 15.
    private static func minutesAfterMidnight(_ text: String) -> Int? {
        let lower = String(text.lowercased().filter { $0 != " " && $0 != "." })
        let isPM: Bool
        var clock = Substring(lower)
        if clock.hasSuffix("pm") || clock.hasSuffix("am") {
            isPM = clock.hasSuffix("pm")
            clock = clock.dropLast(2)
        } else if clock.hasSuffix("p") || clock.hasSuffix("a") {
            isPM = clock.hasSuffix("p")
            clock = clock.dropLast()
        } else {
            return nil
        }
        let parts = clock.split(separator: ":")
        guard parts.count == 2, let hour = Int(parts[0]), let minute = Int(parts[1]), (1...12).contains(hour),
            (0..<60).contains(minute)
        else { return nil }
        return (hour % 12 + (isPM ? 12 : 0)) * 60 + minute
    }
}
