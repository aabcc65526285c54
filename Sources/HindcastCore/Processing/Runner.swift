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

    /// Runs `steps` in order and reports each one.
    public func run(_ steps: [PlannedStep], progress: (RunEvent) -> Void = { _ in }) -> RunReport {
        let invocationID = Runner.newInvocationID()
        var results: [StepResult] = []
        var failed: [String: [GameDate]] = [:]
        for (index, step) in steps.enumerated() {
            progress(.started(step: step, index: index, total: steps.count))
            let runID = "\(invocationID)-\(String(format: "%05d", index))"
            let result: StepResult
            if let blocker = blockingFailure(for: step, failed: failed) {
                result = recordSkip(step, runID: runID, invocationID: invocationID, reason: blocker)
            } else {
                result = execute(step, runID: runID, invocationID: invocationID)
            }
            if result.status == .failed || (result.status == .skipped && result.outcome == nil) {
                failed[step.processorID, default: []].append(step.date)
            }
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

    private func blockingFailure(for step: PlannedStep, failed: [String: [GameDate]]) -> String? {
        guard let processor = graph.processor(step.processorID) else { return nil }
        for read in processor.descriptor.reads where read.required {
            guard let writer = graph.writerOf[read.table], let dates = failed[writer] else { continue }
            if read.window.includesSameDate && dates.contains(step.date) {
                return "upstream \(writer) failed on \(step.date)"
            }
            if case .some(let days) = read.window.historyDays {
                let window = Set(calendar.gameDates(before: step.date, days: days))
                if let date = dates.first(where: window.contains) {
                    return "upstream \(writer) failed on \(date), which \(step.processorID) reads as history"
                }
            }
        }
        return nil
    }

    private func execute(_ step: PlannedStep, runID: String, invocationID: String) -> StepResult {
        guard let processor = graph.processor(step.processorID) else {
            preconditionFailure("planned step for unknown processor \(step.processorID)")
        }
        let descriptor = processor.descriptor
        let startedAt = Timestamp.now()
        let clock = ContinuousClock.now
        let request = ProcessorRequest(date: step.date, runID: runID, profile: profile, seasons: calendar.seasons)
        let seasonYear = calendar.seasons.seasonYear(for: step.date)
        do {
            let outcome = try warehouse.write { db -> ProcessorOutcome in
                for table in descriptor.writes {
                    guard let info = WarehouseCatalog.table(named: table), info.dateColumn != nil else { continue }
                    try Partition.clear(db, table: info, date: step.date.description)
                }
                let outcome = try processor.run(request, db: db)
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
                record.summary = JSONText.object(outcome.summary)
                try record.insert(db)
                return outcome
            }
            let status: RunStatus = outcome.skipReason == nil ? .success : .skipped
            return StepResult(
                step: step, runID: runID, status: status, outcome: outcome, message: outcome.skipReason,
                durationSeconds: Runner.seconds(since: clock))
        } catch {
            let message = String(describing: error)
            var record = baseRecord(
                descriptor, step: step, runID: runID, invocationID: invocationID, startedAt: startedAt,
                seasonYear: seasonYear)
            record.status = .failed
            record.processedAt = Timestamp.now()
            record.durationSeconds = Runner.seconds(since: clock)
            record.failureCategory = "PROCESSING_ERROR"
            record.errors = JSONText.array([message])
            _ = try? warehouse.write { db in try record.insert(db) }
            return StepResult(
                step: step, runID: runID, status: .failed, outcome: nil, message: message,
                durationSeconds: Runner.seconds(since: clock))
        }
    }

    private func recordSkip(_ step: PlannedStep, runID: String, invocationID: String, reason: String) -> StepResult {
        guard let processor = graph.processor(step.processorID) else {
            preconditionFailure("planned step for unknown processor \(step.processorID)")
        }
        var record = baseRecord(
            processor.descriptor, step: step, runID: runID, invocationID: invocationID, startedAt: Timestamp.now(),
            seasonYear: calendar.seasons.seasonYear(for: step.date))
        record.status = .skipped
        record.skipReason = reason
        record.failureCategory = "UPSTREAM_FAILED"
        record.processedAt = record.startedAt
        record.durationSeconds = 0
        _ = try? warehouse.write { db in try record.insert(db) }
        return StepResult(step: step, runID: runID, status: .skipped, outcome: nil, message: reason, durationSeconds: 0)
    }

    private func baseRecord(
        _ descriptor: ProcessorDescriptor, step: PlannedStep, runID: String, invocationID: String, startedAt: String,
        seasonYear: Int
    ) -> RunRecord {
        let output = descriptor.writes.first.flatMap(WarehouseCatalog.table(named:))
        return RunRecord(
            runID: runID, invocationID: invocationID, processorName: descriptor.id,
            processorVersion: descriptor.version, phase: descriptor.phase, dataDate: step.date.description,
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
