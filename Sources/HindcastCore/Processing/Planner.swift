/// Why a step is in a plan.
public enum StepReason: Sendable, Hashable, Codable {
    /// The user asked for this processor on this date and it has never been computed.
    case requested
    /// Another step reads this partition as history or same-date input and it was missing.
    case requiredBy(processor: String, date: GameDate)
    /// The partition's newest run failed, or was skipped because an upstream failed.
    case retry(previous: String)
    /// The partition exists but its processor version, the profile or an input changed since.
    case stale(because: String)
    /// A partition this one reads is recomputed first; the runner re-runs this one only when the
    /// recomputed input's output actually differs.
    case upstreamRecomputed(processor: String, date: GameDate)
    /// `--no-resume`: recomputed whatever the history says.
    case forced

    /// A short word for plans and grids.
    public var label: String {
        switch self {
        case .requested: return "new"
        case .requiredBy: return "new"
        case .retry: return "retry"
        case .stale: return "stale"
        case .upstreamRecomputed: return "recheck"
        case .forced: return "redo"
        }
    }

    /// The reason as a sentence fragment.
    public var explanation: String {
        switch self {
        case .requested: return "never computed"
        case .requiredBy(let processor, let date): return "missing; read by \(processor) on \(date)"
        case .retry(let previous): return "previous run did not complete: \(previous)"
        case .stale(let because): return because
        case .upstreamRecomputed(let processor, let date):
            return "reads \(processor) on \(date), which is recomputed first (re-run only if it changes)"
        case .forced: return "--no-resume"
        }
    }
}

/// One processor × date to run.
public struct PlannedStep: Sendable, Hashable, Codable {
    public let processorID: String
    public let date: GameDate
    public let reason: StepReason

    public init(processorID: String, date: GameDate, reason: StepReason) {
        self.processorID = processorID
        self.date = date
        self.reason = reason
    }
}

/// Turns "these processors over these dates" into the ordered steps that compute them, adding
/// every missing upstream partition they read (same date, or history within the read's window).
public struct Planner: Sendable {
    public let graph: ProcessorGraph
    public let calendar: GameCalendar

    public init(graph: ProcessorGraph, calendar: GameCalendar) {
        self.graph = graph
        self.calendar = calendar
    }

    /// The steps for `targets` on `dates`, plus missing upstream partitions, in run order
    /// (by date, then graph order). `isComplete` says whether a partition needs no computing.
    /// A target for which `shouldRun` is false is left out unless something needs it.
    public func plan(
        targets: [String], dates: [GameDate], shouldRun: (String, GameDate) -> Bool = { _, _ in true },
        isComplete: (String, GameDate) -> Bool
    ) -> [PlannedStep] {
        var planned: [PartitionKey: StepReason] = [:]
        var frontier: [PartitionKey] = []
        for date in dates {
            for id in targets where shouldRun(id, date) {
                let key = PartitionKey(id, date)
                if planned[key] == nil {
                    planned[key] = .requested
                    frontier.append(key)
                }
            }
        }
        while let key = frontier.popLast() {
            guard let processor = graph.processor(key.processorID) else { continue }
            for read in processor.descriptor.reads where read.required {
                guard let writer = graph.writerOf[read.table] else { continue }
                var needed: [GameDate] = []
                if read.window.includesSameDate { needed.append(key.date) }
                if case .some(let days) = read.window.historyDays {
                    needed += calendar.gameDates(before: key.date, days: days)
                }
                for date in needed {
                    let upstream = PartitionKey(writer, date)
                    if planned[upstream] == nil && !isComplete(writer, date) {
                        planned[upstream] = .requiredBy(processor: key.processorID, date: key.date)
                        frontier.append(upstream)
                    }
                }
            }
        }
        return planned.keys.sorted(by: runsBefore).map {
            PlannedStep(processorID: $0.processorID, date: $0.date, reason: planned[$0]!)
        }
    }

    /// Run order: by date, then graph order.
    func runsBefore(_ lhs: PartitionKey, _ rhs: PartitionKey) -> Bool {
        if lhs.date != rhs.date { return lhs.date < rhs.date }
        return (graph.position(of: lhs.processorID) ?? 0) < (graph.position(of: rhs.processorID) ?? 0)
    }
}
