/// One processor's output for one game day: the unit the runner replaces in one transaction and
/// the unit resume reasons about.
public struct PartitionKey: Sendable, Hashable, Codable, CustomStringConvertible {
    public let processorID: String
    public let date: GameDate

    public init(_ processorID: String, _ date: GameDate) {
        self.processorID = processorID
        self.date = date
    }

    public var description: String { "\(processorID) \(date)" }
}

/// What the run history says about a partition.
public enum PartitionStatus: String, Sendable, Codable, CaseIterable {
    /// No run recorded.
    case missing
    /// The newest run succeeded and nothing it read has changed since.
    case done
    /// The newest run deliberately wrote nothing (e.g. no box scores), and nothing it read changed.
    case skipped
    /// The newest run threw; the partition still holds what an earlier run left, if anything.
    case failed
    /// The newest run was not attempted because a partition it reads failed.
    case blocked
    /// Done or skipped, but the processor version, the profile or something it read changed since.
    case stale

    /// Whether a resumed backfill leaves the partition as it is.
    public var isComplete: Bool { self == .done || self == .skipped }
}

/// A partition's status, why, and the run that says so.
public struct PartitionState: Sendable, Hashable, Codable {
    public let status: PartitionStatus
    /// The failure message, the skip reason or what changed; `nil` for done and missing.
    public let reason: String?
    /// The newest run's id; `nil` when missing.
    public let runID: String?

    public init(status: PartitionStatus, reason: String? = nil, runID: String? = nil) {
        self.status = status
        self.reason = reason
        self.runID = runID
    }

    /// A partition no run has touched.
    public static let missing = PartitionState(status: .missing)
}
