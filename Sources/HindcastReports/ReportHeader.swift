import Foundation

/// Where and when a report was made, printed at its top: the time (UTC), the warehouse file, the
/// Hindcast version and the profile fidelity was measured with (the runs' own profiles come from
/// the run history).
public struct ReportHeader: Sendable {
    public var generatedAt: Date
    /// The warehouse file's name.
    public var source: String
    public var version: String
    /// `nil` when fidelity was not measured.
    public var fidelityProfile: String?

    public init(generatedAt: Date, source: String, version: String, fidelityProfile: String?) {
        self.generatedAt = generatedAt
        self.source = source
        self.version = version
        self.fidelityProfile = fidelityProfile
    }

    /// `2026-11-30 10:55 UTC`.
    public var generatedUTC: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd HH:mm:ss"
        return formatter.string(from: generatedAt) + " UTC"
    }
}
