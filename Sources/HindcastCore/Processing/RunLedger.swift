import GRDB
import HindcastStore

/// The run history reduced to what planning needs: per processor × date, the newest run and the
/// output signature of the newest run that changed the partition. Loaded in one query.
public struct RunLedger: Sendable {
    /// The fields of one `processor_run_history` row that planning reads.
    public struct Run: Sendable, Hashable {
        public let runID: String
        public let processorVersion: Int
        public let status: RunStatus
        public let failureCategory: FailureCategory?
        public let skipReason: String?
        /// The first error message of a failed run.
        public let error: String?
        public let outputFingerprint: String?
        public let upstreamDependencies: String?
        public let durationSeconds: Double?

        /// Whether the run replaced the partition (a success, or a deliberate skip that left it empty).
        public var replacedPartition: Bool {
            status == .success || (status == .skipped && failureCategory == nil)
        }
    }

    /// The newest run and the partition's current output signature.
    public struct Entry: Sendable, Hashable {
        public var newest: Run
        /// Output fingerprint of the newest run that replaced the partition; `nil` if none did.
        public var contentSignature: String?
    }

    public private(set) var entries: [PartitionKey: Entry] = [:]

    public init() {}

    /// The run-history columns planning reads (and, after them, the first error as `first_error`).
    static let columns = ColumnSelection<ProcessorRunHistoryColumn>([
        .processorName, .dataDate, .runId, .processorVersion, .status, .failureCategory, .skipReason,
        .outputFingerprint, .upstreamDependencies, .durationSeconds,
    ])

    /// Reads the runs of `processors` (all when `nil`) dated `start...end` (unbounded when `nil`).
    public static func load(
        _ db: Database, processors: Set<String>? = nil, from start: GameDate? = nil, through end: GameDate? = nil
    ) throws -> RunLedger {
        if processors?.isEmpty == true { return RunLedger() }
        let (filter, arguments) = RunRecord.filter(
            processors: processors?.sorted(), from: start?.description, through: end?.description)
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(columns.sql), json_extract(errors, '$[0]') AS first_error
                FROM processor_run_history \(filter)
                ORDER BY started_at, run_id
                """, arguments: arguments)
        var ledger = RunLedger()
        while let row = try rows.next() {
            let column = columns.index
            guard let date = GameDate(row[column(.dataDate)] as String),
                let status = RunStatus(rawValue: row[column(.status)])
            else { continue }
            let run = Run(
                runID: row[column(.runId)], processorVersion: row[column(.processorVersion)], status: status,
                // A category this build does not know still marks the run as not completed.
                failureCategory: (row[column(.failureCategory)] as String?).map {
                    FailureCategory(rawValue: $0) ?? .processingError
                },
                skipReason: row[column(.skipReason)], error: row["first_error"],
                outputFingerprint: row[column(.outputFingerprint)],
                upstreamDependencies: row[column(.upstreamDependencies)],
                durationSeconds: row[column(.durationSeconds)])
            ledger.record(run, for: PartitionKey(row[column(.processorName)], date))
        }
        return ledger
    }

    /// Adds a run that happened after the ledger was read (runs arrive in time order).
    public mutating func record(_ run: Run, for key: PartitionKey) {
        guard run.status != .running else { return }
        var entry = entries[key] ?? Entry(newest: run, contentSignature: nil)
        entry.newest = run
        if run.replacedPartition { entry.contentSignature = run.outputFingerprint ?? run.runID }
        entries[key] = entry
    }

    /// The entry of a partition, if any run touched it.
    public func entry(_ key: PartitionKey) -> Entry? { entries[key] }

    /// What a reader of the partition sees, as a signature: its content's fingerprint, or `-`.
    public func signature(of key: PartitionKey) -> String { entries[key]?.contentSignature ?? "-" }

    /// Mean duration of successful runs per processor, for estimates.
    public var meanDurations: [String: Double] {
        var sums: [String: (Double, Int)] = [:]
        for (key, entry) in entries where entry.newest.status == .success {
            guard let seconds = entry.newest.durationSeconds else { continue }
            let current = sums[key.processorID] ?? (0, 0)
            sums[key.processorID] = (current.0 + seconds, current.1 + 1)
        }
        return sums.mapValues { $0.0 / Double($0.1) }
    }
}
