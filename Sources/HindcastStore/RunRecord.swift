import GRDB

/// The status of one processor × date run, as stored in `processor_run_history`.
public enum RunStatus: String, Sendable, Codable, CaseIterable {
    case running
    case success
    case failed
    case skipped
    case partial
}

/// One row of `processor_run_history`.
public struct RunRecord: Sendable, Equatable, Codable, FetchableRecord, PersistableRecord {
    public static let databaseTableName = "processor_run_history"

    public var runID: String
    public var invocationID: String
    public var processorName: String
    public var processorVersion: Int
    public var phase: String
    public var dataDate: String
    public var seasonYear: Int?
    public var status: RunStatus
    public var startedAt: String
    public var processedAt: String?
    public var durationSeconds: Double?
    public var recordsProcessed: Int?
    public var recordsCreated: Int?
    public var recordsSkipped: Int?
    public var outputTable: String
    public var outputDataset: String
    public var skipReason: String?
    public var failureCategory: FailureCategory?
    public var errors: String?
    public var summary: String?
    public var inputFingerprint: String?
    /// Hash of the rows the run left in its output partitions (every column but `run_id`).
    public var outputFingerprint: String?
    /// JSON: processor version, profile fingerprint and a digest per table read (see `UpstreamDependencies`).
    public var upstreamDependencies: String?
    public var profileName: String?
    public var profileVersion: Int?
    public var triggeredBy: String?
    public var backfillMode: Bool

    enum CodingKeys: String, CodingKey {
        case runID = "run_id"
        case invocationID = "invocation_id"
        case processorName = "processor_name"
        case processorVersion = "processor_version"
        case phase
        case dataDate = "data_date"
        case seasonYear = "season_year"
        case status
        case startedAt = "started_at"
        case processedAt = "processed_at"
        case durationSeconds = "duration_seconds"
        case recordsProcessed = "records_processed"
        case recordsCreated = "records_created"
        case recordsSkipped = "records_skipped"
        case outputTable = "output_table"
        case outputDataset = "output_dataset"
        case skipReason = "skip_reason"
        case failureCategory = "failure_category"
        case errors
        case summary
        case inputFingerprint = "input_fingerprint"
        case outputFingerprint = "output_fingerprint"
        case upstreamDependencies = "upstream_dependencies"
        case profileName = "profile_name"
        case profileVersion = "profile_version"
        case triggeredBy = "triggered_by"
        case backfillMode = "backfill_mode"
    }

    public init(
        runID: String, invocationID: String, processorName: String, processorVersion: Int, phase: String,
        dataDate: String, seasonYear: Int? = nil, status: RunStatus, startedAt: String, processedAt: String? = nil,
        durationSeconds: Double? = nil, recordsProcessed: Int? = nil, recordsCreated: Int? = nil,
        recordsSkipped: Int? = nil, outputTable: String, outputDataset: String, skipReason: String? = nil,
        failureCategory: FailureCategory? = nil, errors: String? = nil, summary: String? = nil,
        inputFingerprint: String? = nil, outputFingerprint: String? = nil, upstreamDependencies: String? = nil,
        profileName: String? = nil,
        profileVersion: Int? = nil, triggeredBy: String? = nil, backfillMode: Bool = true
    ) {
        self.runID = runID
        self.invocationID = invocationID
        self.processorName = processorName
        self.processorVersion = processorVersion
        self.phase = phase
        self.dataDate = dataDate
        self.seasonYear = seasonYear
        self.status = status
        self.startedAt = startedAt
        self.processedAt = processedAt
        self.durationSeconds = durationSeconds
        self.recordsProcessed = recordsProcessed
        self.recordsCreated = recordsCreated
        self.recordsSkipped = recordsSkipped
        self.outputTable = outputTable
        self.outputDataset = outputDataset
        self.skipReason = skipReason
        self.failureCategory = failureCategory
        self.errors = errors
        self.summary = summary
        self.inputFingerprint = inputFingerprint
        self.outputFingerprint = outputFingerprint
        self.upstreamDependencies = upstreamDependencies
        self.profileName = profileName
        self.profileVersion = profileVersion
        self.triggeredBy = triggeredBy
        self.backfillMode = backfillMode
    }

    /// The newest run of each processor × date, for the given processors and date range.
    public static func latest(
        _ db: Database, processors: [String]? = nil, from start: String? = nil, through end: String? = nil
    ) throws -> [RunRecord] {
        let (filter, arguments) = filter(processors: processors, from: start, through: end)
        let sql = """
            SELECT h.* FROM processor_run_history h
            JOIN (
                SELECT processor_name AS p, data_date AS d, MAX(started_at || run_id) AS k
                FROM processor_run_history \(filter)
                GROUP BY processor_name, data_date
            ) newest ON h.processor_name = newest.p AND h.data_date = newest.d
                AND h.started_at || h.run_id = newest.k
            ORDER BY h.data_date, h.processor_name
            """
        return try RunRecord.fetchAll(db, sql: sql, arguments: arguments)
    }

    /// The `WHERE` clause (empty when nothing is filtered) and its arguments selecting the runs of
    /// `processors` (all when `nil`) dated `start...end` (a `nil` bound is open).
    public static func filter(
        processors: [String]? = nil, from start: String? = nil, through end: String? = nil
    ) -> (clause: String, arguments: StatementArguments) {
        var conditions: [String] = []
        var arguments: [any DatabaseValueConvertible] = []
        if let processors {
            conditions.append("processor_name IN (\(processors.map { _ in "?" }.joined(separator: ",")))")
            arguments.append(contentsOf: processors)
        }
        if let start {
            conditions.append("data_date >= ?")
            arguments.append(start)
        }
        if let end {
            conditions.append("data_date <= ?")
            arguments.append(end)
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        return (clause, StatementArguments(arguments))
    }
}
