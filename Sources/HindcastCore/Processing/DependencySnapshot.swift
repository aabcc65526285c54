import GRDB
import HindcastStore

/// What the inputs of a set of partitions look like now: the run history of the processors that
/// write them (as a ledger) and per-date signatures of the raw tables they read. Loaded with one
/// query per table; the runner keeps it current as steps commit.
public struct DependencySnapshot: Sendable {
    public private(set) var ledger: RunLedger
    public let graph: ProcessorGraph
    public let calendar: GameCalendar
    /// Signature per date of each raw table read.
    private let raw: [String: [GameDate: String]]

    init(ledger: RunLedger, graph: ProcessorGraph, calendar: GameCalendar, raw: [String: [GameDate: String]]) {
        self.ledger = ledger
        self.graph = graph
        self.calendar = calendar
        self.raw = raw
    }

    /// Reads what `keys` depend on: their own runs, their writers' runs and raw rows in their windows.
    public static func load(
        _ db: Database, graph: ProcessorGraph, calendar: GameCalendar, keys: some Collection<PartitionKey>
    ) throws -> DependencySnapshot {
        // Dates of the runs to read, and of each raw table's rows.
        var runSpan: ClosedRange<GameDate>?
        var spans: [String: ClosedRange<GameDate>] = [:]
        var processors = Set<String>()
        func widen(_ span: inout ClosedRange<GameDate>?, _ dates: ClosedRange<GameDate>) {
            span = span.map { min($0.lowerBound, dates.lowerBound)...max($0.upperBound, dates.upperBound) } ?? dates
        }
        for key in keys {
            guard let processor = graph.processor(key.processorID) else { continue }
            processors.insert(key.processorID)
            widen(&runSpan, key.date...key.date)
            for read in processor.descriptor.reads {
                let dates = DependencySnapshot.window(read.window, on: key.date, calendar: calendar)
                guard let first = dates.first, let last = dates.last else { continue }
                if let writer = graph.writerOf[read.table] {
                    processors.insert(writer)
                    widen(&runSpan, first...last)
                } else {
                    widen(&spans[read.table], first...last)
                }
            }
        }
        var ledger = RunLedger()
        if let runSpan {
            ledger = try RunLedger.load(
                db, processors: processors, from: runSpan.lowerBound, through: runSpan.upperBound)
        }
        var raw: [String: [GameDate: String]] = [:]
        for (table, span) in spans {
            guard let info = WarehouseCatalog.table(named: table) else { continue }
            if info.dateColumn == nil {
                // Not partitioned (e.g. model_registry): the whole table is every date's input.
                let signature = try PartitionFingerprint.whole(db, table: info)
                let days = calendar.gameDates(in: DateRange(start: span.lowerBound, end: span.upperBound)!)
                raw[table] = Dictionary(uniqueKeysWithValues: days.map { ($0, signature) })
                continue
            }
            raw[table] = try PartitionFingerprint.perDate(
                db, table: info, from: span.lowerBound, through: span.upperBound)
        }
        return DependencySnapshot(ledger: ledger, graph: graph, calendar: calendar, raw: raw)
    }

    /// The game days a read covers when its processor runs for `date`, ascending.
    public static func window(_ window: ReadWindow, on date: GameDate, calendar: GameCalendar) -> [GameDate] {
        switch window {
        case .sameDate: return [date]
        case .history(let days): return calendar.gameDates(before: date, days: days)
        case .sameDateAndHistory(let days): return calendar.gameDates(before: date, days: days) + [date]
        }
    }

    /// What a run of `descriptor` for `date` would consume now.
    func current(
        _ descriptor: ProcessorDescriptor, on date: GameDate, profileName: String, profileFingerprint: String
    ) -> UpstreamDependencies {
        var reads: [String: String] = [:]
        for read in descriptor.reads {
            let writer = graph.writerOf[read.table]
            let signatures = raw[read.table]
            guard writer != nil || signatures != nil else { continue }
            var digest = Fingerprint()
            for day in DependencySnapshot.window(read.window, on: date, calendar: calendar) {
                digest.add(day.description)
                digest.add(writer.map { ledger.signature(of: PartitionKey($0, day)) } ?? signatures?[day] ?? "-")
            }
            reads[read.table] = digest.hex
        }
        return UpstreamDependencies(
            processorVersion: descriptor.version, profileName: profileName, profileFingerprint: profileFingerprint,
            reads: reads)
    }

    /// The partition's status from its newest run, with staleness checked against the inputs now
    /// and against `profile`; with `nil`, against the profile each run used (only versions and
    /// inputs count, as `status` shows by default).
    public func state(of key: PartitionKey, profile: Profile?) -> PartitionState {
        let phase = graph.processor(key.processorID)?.descriptor.phase
        return state(
            of: key, profileName: profile?.name,
            profileFingerprint: phase.flatMap { profile?.fingerprint(forPhase: $0) })
    }

    /// As `state(of:profile:)`, with the profile's fingerprints computed once for many partitions.
    func state(of key: PartitionKey, profile: ProfileFingerprints) -> PartitionState {
        state(of: key, profileName: profile.name, profileFingerprint: profile.of(key.processorID))
    }

    func state(of key: PartitionKey, profileName: String?, profileFingerprint: String?) -> PartitionState {
        guard let entry = ledger.entry(key) else { return .missing }
        let run = entry.newest
        switch run.status {
        case .failed:
            return PartitionState(status: .failed, reason: run.error ?? "failed", runID: run.runID)
        case .skipped where run.failureCategory != nil:
            return PartitionState(status: .blocked, reason: run.skipReason, runID: run.runID)
        case .running, .partial:
            return PartitionState(status: .failed, reason: "run \(run.runID) did not finish", runID: run.runID)
        case .success, .skipped:
            let done = run.status == .success ? PartitionStatus.done : .skipped
            guard let processor = graph.processor(key.processorID) else {
                return PartitionState(status: done, reason: run.skipReason, runID: run.runID)
            }
            let descriptor = processor.descriptor
            if run.processorVersion != descriptor.version {
                return PartitionState(
                    status: .stale,
                    reason: "processor version changed (\(run.processorVersion) -> \(descriptor.version))",
                    runID: run.runID)
            }
            // Runs recorded without dependencies (older builds) cannot be checked: trust them.
            guard let recorded = UpstreamDependencies.decode(run.upstreamDependencies) else {
                return PartitionState(status: done, reason: run.skipReason, runID: run.runID)
            }
            let now = current(
                descriptor, on: key.date, profileName: profileName ?? recorded.profileName,
                profileFingerprint: profileFingerprint ?? recorded.profileFingerprint)
            if let why = recorded.staleness(against: now, isRaw: { graph.writerOf[$0] == nil }) {
                return PartitionState(status: .stale, reason: why, runID: run.runID)
            }
            return PartitionState(status: done, reason: run.skipReason, runID: run.runID)
        }
    }

    /// Adds a run that just committed.
    public mutating func record(_ run: RunLedger.Run, for key: PartitionKey) {
        ledger.record(run, for: key)
    }
}
