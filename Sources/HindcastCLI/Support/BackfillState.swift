import GRDB
import HindcastCore
import HindcastStore

/// What the run history says about a partition, for commands that plan with `Planner`'s
/// `isComplete` form (e.g. `train`). Backfills use `DependencySnapshot`, which also sees staleness.
enum BackfillState {
    /// Whether the newest run of `processor` for `date` succeeded (or deliberately skipped).
    static func isComplete(_ db: Database, processor: String, date: GameDate) throws -> Bool {
        let status = try String.fetchOne(
            db,
            sql: """
                SELECT CASE WHEN status = 'skipped' AND failure_category IS NOT NULL THEN 'blocked' ELSE status END
                FROM processor_run_history WHERE processor_name = ? AND data_date = ?
                ORDER BY started_at DESC, run_id DESC LIMIT 1
                """, arguments: [processor, date.description])
        return status == RunStatus.success.rawValue || status == RunStatus.skipped.rawValue
    }
}
