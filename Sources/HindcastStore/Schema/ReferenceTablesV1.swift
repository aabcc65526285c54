/// Run history (dataset `nba_reference`): one row per processor × date × run. Resume, status
/// grids and the audit read it; no pipeline state lives outside the warehouse.
///
/// `output_fingerprint` hashes the rows a successful run left in its partitions (every column but
/// `run_id`); `upstream_dependencies` is a JSON object naming the processor version, the profile's
/// fingerprint and, per table read, a digest of what the run consumed in its read window. A later
/// plan recomputes those digests from the history and the raw tables: a difference is staleness.
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum ReferenceTablesV1 {
    static let statements: [String] = [
        """
        CREATE TABLE processor_run_history (
            run_id TEXT PRIMARY KEY,
            invocation_id TEXT NOT NULL,
            processor_name TEXT NOT NULL,
            processor_version INTEGER NOT NULL,
            phase TEXT NOT NULL,
            data_date TEXT NOT NULL,
            season_year INTEGER,
            status TEXT NOT NULL CHECK (status IN ('running', 'success', 'failed', 'skipped', 'partial')),
            started_at TEXT NOT NULL,
            processed_at TEXT,
            duration_seconds REAL,
            records_processed INTEGER,
            records_created INTEGER,
            records_skipped INTEGER,
            output_table TEXT NOT NULL,
            output_dataset TEXT NOT NULL,
            skip_reason TEXT,
            failure_category TEXT,
            errors TEXT,
            summary TEXT,
            input_fingerprint TEXT,
            output_fingerprint TEXT,
            upstream_dependencies TEXT,
            profile_name TEXT,
            profile_version INTEGER,
            triggered_by TEXT,
            backfill_mode INTEGER NOT NULL DEFAULT 1
        )
        """,
        """
        CREATE INDEX processor_run_history_by_partition
            ON processor_run_history(processor_name, data_date, started_at)
        """,
        "CREATE INDEX processor_run_history_by_invocation ON processor_run_history(invocation_id)",
    ]
}
