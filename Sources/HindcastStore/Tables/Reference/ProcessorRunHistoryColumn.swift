import GRDB

/// `processor_run_history` (`nba_reference`): one run of one processor for one game day: outcome, counts, fingerprints and timing.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum ProcessorRunHistoryColumn: Int, TableColumn {
    case runId
    case invocationId
    case processorName
    case processorVersion
    case phase
    case dataDate
    case seasonYear
    case status
    case startedAt
    case processedAt
    case durationSeconds
    case recordsProcessed
    case recordsCreated
    case recordsSkipped
    case outputTable
    case outputDataset
    case skipReason
    case failureCategory
    case errors
    case summary
    case inputFingerprint
    case outputFingerprint
    case upstreamDependencies
    case profileName
    case profileVersion
    case triggeredBy
    case backfillMode

    public static let table = TableDeclaration(
        Self.self, name: "processor_run_history", dataset: .nbaReference, kind: .reference,
        summary: "One run of one processor for one game day: outcome, counts, fingerprints and timing.", key: [.runId],
        partition: .dataDate,
        indexes: [
            IndexDeclaration("processor_run_history_by_invocation", [.invocationId] as [Self]),
            IndexDeclaration("processor_run_history_by_partition", [.processorName, .dataDate, .startedAt] as [Self]),
        ])

    public var declaration: ColumnDeclaration {
        switch self {
        case .runId:
            ColumnDeclaration(
                "run_id", .text, .nullable, "The processor run that wrote the row (processor_run_history.run_id)")
        case .invocationId: ColumnDeclaration("invocation_id", .text, .notNull, "Invocation id")
        case .processorName: ColumnDeclaration("processor_name", .text, .notNull, "Processor name")
        case .processorVersion: ColumnDeclaration("processor_version", .integer, .notNull, "Processor version")
        case .phase: ColumnDeclaration("phase", .text, .notNull, "Phase")
        case .dataDate: ColumnDeclaration("data_date", .date, .notNull, "Data date (the table's partition date)")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .nullable, "Season start year (2021 = 2021-22)")
        case .status: ColumnDeclaration("status", .text, .notNull, "Status")
        case .startedAt: ColumnDeclaration("started_at", .timestamp, .notNull, "Started at")
        case .processedAt: ColumnDeclaration("processed_at", .timestamp, .nullable, "When the row was computed (UTC)")
        case .durationSeconds: ColumnDeclaration("duration_seconds", .real, .nullable, "Duration seconds")
        case .recordsProcessed: ColumnDeclaration("records_processed", .integer, .nullable, "Records processed")
        case .recordsCreated: ColumnDeclaration("records_created", .integer, .nullable, "Records created")
        case .recordsSkipped: ColumnDeclaration("records_skipped", .integer, .nullable, "Records skipped")
        case .outputTable: ColumnDeclaration("output_table", .text, .notNull, "Output table")
        case .outputDataset: ColumnDeclaration("output_dataset", .text, .notNull, "Output dataset")
        case .skipReason: ColumnDeclaration("skip_reason", .text, .nullable, "Skip reason")
        case .failureCategory: ColumnDeclaration("failure_category", .text, .nullable, "Failure category")
        case .errors: ColumnDeclaration("errors", .textArray, .nullable, "Errors")
        case .summary: ColumnDeclaration("summary", .text, .nullable, "Summary")
        case .inputFingerprint:
            ColumnDeclaration(
                "input_fingerprint", .text, .nullable, "Fingerprint of the inputs the row was computed from")
        case .outputFingerprint: ColumnDeclaration("output_fingerprint", .text, .nullable, "Output fingerprint")
        case .upstreamDependencies:
            ColumnDeclaration("upstream_dependencies", .text, .nullable, "Upstream dependencies")
        case .profileName: ColumnDeclaration("profile_name", .text, .nullable, "Profile name")
        case .profileVersion: ColumnDeclaration("profile_version", .integer, .nullable, "Profile version")
        case .triggeredBy: ColumnDeclaration("triggered_by", .text, .nullable, "Triggered by")
        case .backfillMode: ColumnDeclaration("backfill_mode", .flag, .notNull, "Backfill mode", default: "1")
        }
    }
}
