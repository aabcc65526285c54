import Foundation

/// UTC timestamps as ISO 8601 text with milliseconds (`2026-11-28T22:34:00.123Z`), formatted
/// without Foundation's formatters (the runner stamps thousands of runs).
public enum Timestamp {
    /// Now, as text.
    public static func now() -> String { format(Date()) }

    /// A date as text.
    public static func format(_ date: Date) -> String {
        let milliseconds = Int((date.timeIntervalSince1970 * 1000).rounded(.down))
        let (days, rest) = milliseconds.quotientAndRemainder(dividingBy: 86_400_000)
        let dayNumber = rest < 0 ? days - 1 : days
        let within = rest < 0 ? rest + 86_400_000 : rest
        let day = GameDate(dayNumber: dayNumber).description
        let hours = within / 3_600_000
        let minutes = within / 60_000 % 60
        let seconds = within / 1000 % 60
        let millis = within % 1000
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        let three = millis < 10 ? "00\(millis)" : millis < 100 ? "0\(millis)" : "\(millis)"
        return "\(day)T\(two(hours)):\(two(minutes)):\(two(seconds)).\(three)Z"
    }
}
