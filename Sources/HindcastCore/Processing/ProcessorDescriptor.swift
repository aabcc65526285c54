/// Which dates of a table a processor reads when it runs for game day D.
public enum ReadWindow: Sendable, Hashable, Codable {
    /// Rows dated D itself.
    case sameDate
    /// Rows dated strictly before D: within `days` calendar days, or the whole season when `nil`.
    case history(days: Int?)
    /// Rows dated D and the history before it.
    case sameDateAndHistory(days: Int?)

    /// Whether the read covers D itself (and so orders processors within one date).
    public var includesSameDate: Bool {
        switch self {
        case .sameDate, .sameDateAndHistory: return true
        case .history: return false
        }
    }

    /// The history span in days (`nil` = season to date), or `nil` when only D is read.
    public var historyDays: Int?? {
        switch self {
        case .sameDate: return .none
        case .history(let days), .sameDateAndHistory(let days): return .some(days)
        }
    }
}

/// One table a processor reads, and which of its dates.
public struct TableRead: Sendable, Hashable, Codable {
    public let table: String
    public let window: ReadWindow
    /// Whether the planner must compute the writer's partitions in the window before this read.
    /// An optional read uses whatever rows exist (e.g. trailing accuracy, trained models) and
    /// never pulls more dates into a backfill.
    public let required: Bool

    public init(_ table: String, _ window: ReadWindow = .sameDate, required: Bool = true) {
        self.table = table
        self.window = window
        self.required = required
    }
}

/// What a processor is, as data: its id, version, the tables it reads and the tables it writes.
/// The graph builder orders processors from these declarations alone.
public struct ProcessorDescriptor: Sendable, Hashable, Codable {
    /// Unique id, by convention the name of the table it writes.
    public let id: String
    /// Bumped whenever the processor's output for the same inputs changes; stale partitions follow.
    public let version: Int
    /// The pipeline phase.
    public let phase: ProcessorPhase
    public let reads: [TableRead]
    public let writes: [String]

    public init(id: String, version: Int, phase: ProcessorPhase, reads: [TableRead], writes: [String]) {
        self.id = id
        self.version = version
        self.phase = phase
        self.reads = reads
        self.writes = writes
    }
}
