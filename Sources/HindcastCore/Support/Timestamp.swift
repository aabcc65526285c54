import Foundation

/// UTC timestamps as ISO 8601 text with milliseconds (`2026-11-28T22:34:00.123Z`).
public enum Timestamp {
    /// Now, as text.
    public static func now() -> String { format(Date()) }

    /// A date as text.
    public static func format(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        return formatter.string(from: date)
    }
}
