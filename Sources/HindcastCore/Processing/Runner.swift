import Foundation
import GRDB
import HindcastStore
import Logging

/// Runs planned steps: one transaction per processor × date, in which the processor's output
/// partitions are replaced and its run is recorded. A step that throws leaves its partitions as
/// they were and records a failed run; steps that read a failed partition are skipped, saying why.
public struct Runner: Sendable {
    public let warehouse: Warehouse
    public let graph: ProcessorGraph
    public let profile: Profile
    public let calendar: GameCalendar
    /// Recorded as `triggered_by` in the run history.
    public let triggeredBy: String

    public init(
        warehouse: Warehouse, graph: ProcessorGraph, profile: Profile, calendar: GameCalendar, triggeredBy: String
    ) {
        self.warehouse = warehouse
        self.graph = graph
        self.profile = profile
        self.calendar = calendar
        self.triggeredBy = triggeredBy
    }

    /// Runs `steps` in order and reports each one. Each run records what it consumed (see
    /// `UpstreamDependencies`) and a fingerprint of its output, which later plans compare.
    /// `shouldStop` is asked between steps: when it says yes, the remaining steps are left for a
    /// re-run (every committed step stays committed).
    ///
    /// Throws when the warehouse cannot be read before the first step (the run history the
    /// staleness records rest on) or a failed or blocked step cannot be recorded: a run never goes
    /// on without its history.
    public func run(
        _ steps: [PlannedStep], progress: (RunEvent) -> Void = { _ in }, shouldStop: () -> Bool = { false }
    ) throws -> RunReport {
        let invocationID = Runner.newInvocationID()
        let keys = steps.map { PartitionKey($0.processorID, $0.date) }
        var snapshot = try warehouse.read { db in
            try DependencySnapshot.load(db, graph: graph, calendar: calendar, keys: keys)
        }
        let fingerprints = ProfileFingerprints(profile, graph: graph)
        let history = HistoryCache()
        var results: [StepResult] = []
        var failed: [String: [GameDate: String]] = [:]
        for (index, step) in steps.enumerated() {
            if shouldStop() {
                return RunReport(invocationID: invocationID, results: results, notRun: steps.count - index)
            }
            progress(.started(step: step, index: index, total: steps.count))
            let key = PartitionKey(step.processorID, step.date)
            let runID = "\(invocationID)-\(String(format: "%05d", index))"
            let result: StepResult
            var root = step.processorID
            if let blocker = blockingFailure(for: step, failed: failed) {
                root = blocker.root
                result = try recordSkip(step, runID: runID, invocationID: invocationID, reason: blocker.reason)
            } else if case .upstreamRecomputed = step.reason,
                snapshot.state(of: key, profile: fingerprints).status.isComplete
            {
                result = StepResult(
                    step: step, runID: snapshot.ledger.entry(key)?.newest.runID ?? runID, status: .success,
                    outcome: nil, message: "kept: what it reads was recomputed with identical output",
                    durationSeconds: 0, keptUnchanged: true)
            } else {
                let descriptor = graph.processor(step.processorID)!.descriptor
                let consumed = snapshot.current(
                    descriptor, on: step.date, profileName: profile.name,
                    profileFingerprint: fingerprints.of(step.processorID))
                result = try execute(
                    step, runID: runID, invocationID: invocationID, consumed: consumed, history: history)
                for table in descriptor.writes { history.invalidate(table, date: step.date) }
            }
            if result.failedOrBlocked {
                failed[step.processorID, default: [:]][step.date] = root
            }
            if !result.keptUnchanged { snapshot.record(result.ledgerRun, for: key) }
            results.append(result)
            progress(.finished(result, index: index, total: steps.count))
        }
        return RunReport(invocationID: invocationID, results: results)
    }

    /// A new invocation id: UTC time plus randomness, sortable by start time.
    static func newInvocationID() -> String {
        let stamp = Timestamp.now().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: ":", with: "")
            .replacingOccurrences(of: ".", with: "")
        let random = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        return "r\(stamp.prefix(15))-\(random)"
    }

    /// Why a step cannot run (a required partition it reads failed or was blocked in this run),
    /// and the processor whose failure is the root cause.
    private func blockingFailure(
        for step: PlannedStep, failed: [String: [GameDate: String]]
    ) -> (reason: String, root: String)? {
        guard let processor = graph.processor(step.processorID) else { return nil }
        func because(_ writer: String, _ date: GameDate, _ root: String) -> String {
            root == writer
                ? "upstream \(writer) failed on \(date)"
                : "upstream \(writer) was not computed on \(date) because \(root) failed"
        }
        for read in processor.descriptor.reads where read.required {
            guard let writer = graph.writerOf[read.table], let dates = failed[writer] else { continue }
            if read.window.includesSameDate, let root = dates[step.date] {
                return (because(writer, step.date, root), root)
            }
            if case .some(let days) = read.window.historyDays {
                if let date = calendar.gameDates(before: step.date, days: days).first(where: { dates[$0] != nil }) {
                    let root = dates[date]!
                    return (because(writer, date, root) + ", which \(step.processorID) reads as history", root)
                }
            }
        }
        return nil
    }

    /// The run history's `errors` for a failed step: one line naming the error (SQLite errors
    /// without the statement text), then, for a failed SQLite statement, `failed SQL: ` and the
    /// statement itself, so the run history says which query failed.
    static func errors(_ error: any Error) -> [String] {
        var errors = [describe(error)]
        if let database = error as? DatabaseError, let sql = database.sql {
            errors.append("failed SQL: \(sql)")
        }
        return errors
    }

    /// One line for the run history: SQLite errors without the statement text.
    static func describe(_ error: any Error) -> String {
        guard let database = error as? DatabaseError else { return String(describing: error) }
        var context = ""
        if let sql = database.sql {
            let words = sql.split(whereSeparator: \.isWhitespace).map { $0.uppercased() }
            let writing = ["INSERT", "UPDATE", "DELETE", "REPLACE"].contains(words.first ?? "")
            let marker = writing ? ["INTO", "UPDATE", "FROM"] : ["FROM"]
            if let index = words.firstIndex(where: marker.contains), index + 1 < words.count {
                let table = sql.split(whereSeparator: \.isWhitespace)[index + 1].prefix { $0 != "(" }
                context = " (while \(writing ? "writing" : "reading") \(table))"
            }
        }
        return "SQLite error \(database.resultCode.rawValue): \(database.message ?? "unknown")" + context
    }

    private func execute(
        _ step: PlannedStep, runID: String, invocationID: String, consumed: UpstreamDependencies,
        history: HistoryCache
    ) throws -> StepResult {
        guard let processor = graph.processor(step.processorID) else {
            preconditionFailure("planned step for unknown processor \(step.processorID)")
        }
        let descriptor = processor.descriptor
        let startedAt = Timestamp.now()
        let clock = ContinuousClock.now
        let request = ProcessorRequest(
            date: step.date, runID: runID, profile: profile, seasons: calendar.seasons, history: history)
        let seasonYear = calendar.seasons.seasonYear(for: step.date)
        let outputs = descriptor.writes.compactMap(WarehouseCatalog.table(named:)).filter { $0.dateColumn != nil }
        do {
            let (outcome, output) = try warehouse.write { db -> (ProcessorOutcome, String) in
                for info in outputs {
                    try Partition.clear(db, table: info, date: step.date.description)
                }
                let outcome = try processor.run(request, db: db)
                var output = Fingerprint()
                for info in outputs {
                    output.add(info.name)
                    output.add(
                        try request.outputs.digest(of: info.name)
                            ?? PartitionFingerprint.output(db, table: info, date: step.date))
                }
                let duration = Runner.seconds(since: clock)
                var record = baseRecord(
                    descriptor, step: step, runID: runID, invocationID: invocationID, startedAt: startedAt,
                    seasonYear: seasonYear)
                record.status = outcome.skipReason == nil ? .success : .skipped
                record.skipReason = outcome.skipReason
                record.processedAt = Timestamp.now()
                record.durationSeconds = duration
                record.recordsCreated = outcome.rowsWritten.values.reduce(0, +)
                record.recordsProcessed = record.recordsCreated! + outcome.rowsSkipped
                record.recordsSkipped = outcome.rowsSkipped
                record.inputFingerprint = outcome.inputFingerprint
                record.outputFingerprint = output.hex
                record.upstreamDependencies = consumed.json
                record.summary = JSONText.object(outcome.summary)
                try record.insert(db)
                return (outcome, output.hex)
            }
            let status: RunStatus = outcome.skipReason == nil ? .success : .skipped
            return StepResult(
                step: step, runID: runID, status: status, outcome: outcome, message: outcome.skipReason,
                durationSeconds: Runner.seconds(since: clock), outputFingerprint: output,
                processorVersion: descriptor.version, consumed: consumed.json)
        } catch {
            let message = Runner.describe(error)
            var record = baseRecord(
                descriptor, step: step, runID: runID, invocationID: invocationID, startedAt: startedAt,
                seasonYear: seasonYear)
            record.status = .failed
            record.processedAt = Timestamp.now()
            record.durationSeconds = Runner.seconds(since: clock)
            record.failureCategory = .processingError
            record.errors = JSONText.array(Runner.errors(error))
            record.upstreamDependencies = consumed.json
            try warehouse.write { db in try record.insert(db) }
            return StepResult(
                step: step, runID: runID, status: .failed, outcome: nil, message: message,
                durationSeconds: Runner.seconds(since: clock), processorVersion: descriptor.version)
        }
    }

    private func recordSkip(
        _ step: PlannedStep, runID: String, invocationID: String, reason: String
    ) throws -> StepResult {
        guard let processor = graph.processor(step.processorID) else {
            preconditionFailure("planned step for unknown processor \(step.processorID)")
        }
        var record = baseRecord(
            processor.descriptor, step: step, runID: runID, invocationID: invocationID, startedAt: Timestamp.now(),
            seasonYear: calendar.seasons.seasonYear(for: step.date))
        record.status = .skipped
        record.skipReason = reason
        record.failureCategory = .upstreamFailed
        record.processedAt = record.startedAt
        record.durationSeconds = 0
        try warehouse.write { db in try record.insert(db) }
        return StepResult(
            step: step, runID: runID, status: .skipped, outcome: nil, message: reason, durationSeconds: 0,
            processorVersion: processor.descriptor.version)
    }

    private func baseRecord(
        _ descriptor: ProcessorDescriptor, step: PlannedStep, runID: String, invocationID: String, startedAt: String,
        seasonYear: Int
    ) -> RunRecord {
        let output = descriptor.writes.first.flatMap(WarehouseCatalog.table(named:))
        return RunRecord(
            runID: runID, invocationID: invocationID, processorName: descriptor.id,
            processorVersion: descriptor.version, phase: descriptor.phase.rawValue, dataDate: step.date.description,
            seasonYear: seasonYear, status: .running, startedAt: startedAt,
            outputTable: descriptor.writes.joined(separator: ","),
            outputDataset: output?.dataset.rawValue ?? "", profileName: profile.name,
            profileVersion: profile.version, triggeredBy: triggeredBy, backfillMode: true)
    }

    static func seconds(since start: ContinuousClock.Instant) -> Double {
        let elapsed = ContinuousClock.now - start
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }
}
