/// A calendar day (US local date of a game), stored as days since 1970-01-01.
///
/// Parsing and formatting avoid Foundation's calendars: the pipeline handles millions of dates.
public struct GameDate: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    /// Days since 1970-01-01.
    public let dayNumber: Int

    public init(dayNumber: Int) {
        self.dayNumber = dayNumber
    }

    /// The date for a year, month (1-12) and day (1-31); `nil` when no such day exists.
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= GameDate.daysIn(month: month, year: year) else {
            return nil
        }
        self.dayNumber = GameDate.days(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD`; `nil` for anything else.
    public init?(_ text: some StringProtocol) {
        let utf8 = Array(text.utf8)
        guard utf8.count == 10, utf8[4] == UInt8(ascii: "-"), utf8[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for index in range {
                let byte = utf8[index]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        self.init(year: year, month: month, day: day)
    }

    /// The year, month and day of this date.
    public var components: (year: Int, month: Int, day: Int) {
        // Howard Hinnant's civil_from_days.
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365
        let y = yoe + era * 400
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (m <= 2 ? y + 1 : y, m, d)
    }

    public var year: Int { components.year }
    public var month: Int { components.month }

    /// `YYYY-MM-DD`.
    public var description: String {
        let (y, m, d) = components
        return "\(y)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)"
    }

    /// `YYYYMMDD`, as in game ids.
    public var compact: String { description.replacingOccurrences(of: "-", with: "") }

    /// The date `days` later (earlier when negative).
    public func adding(days: Int) -> GameDate { GameDate(dayNumber: dayNumber + days) }

    /// Whole days from `other` to this date.
    public func days(since other: GameDate) -> Int { dayNumber - other.dayNumber }

    public static func < (lhs: GameDate, rhs: GameDate) -> Bool { lhs.dayNumber < rhs.dayNumber }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let date = GameDate(text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a YYYY-MM-DD date: \(text)")
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }

    static func days(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = month > 2 ? month - 3 : month + 9
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

/// An inclusive range of game days.
public struct DateRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public let start: GameDate
    public let end: GameDate

    /// A range from `start` through `end`; `nil` when `end` precedes `start`.
    public init?(start: GameDate, end: GameDate) {
        guard start <= end else { return nil }
        self.start = start
        self.end = end
    }

    public func contains(_ date: GameDate) -> Bool { start <= date && date <= end }

    /// Every calendar day of the range, in order.
    public var days: [GameDate] { (start.dayNumber...end.dayNumber).map(GameDate.init(dayNumber:)) }

    public var description: String { "\(start)..\(end)" }
}
