import GRDB
import HindcastCore

/// One invocation (`backfill`, `context fill`, …) that wrote partitions of the report's range, as
/// `processor_run_history` records it: the run ids of its partitions are `INVOCATION-NNNNN`.
public struct ReportRun: Sendable, Equatable {
    public let invocationID: String
    /// UTC timestamps of its first start and last finish within the range.
    public let startedAt: String
    public let finishedAt: String?
    /// `NAME vVERSION` of the profile it ran with, `nil` when not recorded.
    public let profile: String?
    /// The profile's name alone.
    public let profileName: String?
    public let partitions: Int
    public let failed: Int
    /// Its partitions that are still the newest run of their processor and date.
    public let current: Int

    /// The invocations with partitions dated within `range`, oldest first.
    public static func load(_ db: Database, range: DateRange) throws -> [ReportRun] {
        try Row.fetchAll(
            db,
            sql: """
                WITH ranked AS (
                    SELECT *, ROW_NUMBER() OVER (
                        PARTITION BY processor_name, data_date ORDER BY started_at DESC, run_id DESC) AS newest
                    FROM processor_run_history WHERE data_date BETWEEN ? AND ?
                )
                SELECT invocation_id, MIN(started_at) AS started_at, MAX(processed_at) AS finished_at,
                    MAX(profile_name || ' v' || profile_version) AS profile, MAX(profile_name) AS profile_name,
                    COUNT(*) AS partitions, SUM(status = 'failed') AS failed, SUM(newest = 1) AS current
                FROM ranked GROUP BY invocation_id ORDER BY MIN(started_at), invocation_id
                """, arguments: [range.start.description, range.end.description]
        ).map { row in
            ReportRun(
                invocationID: row["invocation_id"], startedAt: row["started_at"], finishedAt: row["finished_at"],
                profile: row["profile"], profileName: row["profile_name"], partitions: row["partitions"],
                failed: row["failed"], current: row["current"])
        }
    }
}
