import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport

/// The processors of Phase 3 and of the zone analyses, how the tests run them, and table snapshots.
enum ZonePipeline {
    static let phase3 = ["team_offense_game_summary", "team_defense_game_summary", "player_game_summary"]
    static let zones = ["team_defense_zone_analysis", "player_shot_zone_analysis"]
    static let tables = phase3 + zones

    /// Plans and runs `processors` on the game days of `start...end` (missing history included).
    @discardableResult
    static func run(
        _ seeded: SeededWarehouse, _ processors: [String], from start: String, through end: String
    )
        throws -> RunReport
    {
        let report = try PipelineRun.run(seeded.warehouse, from: start, through: end, processors: processors)
        if !report.failed.isEmpty {
            throw StepsFailed(
                messages: report.failed.map { "\($0.step.processorID) \($0.step.date): \($0.message ?? "")" })
        }
        return report
    }

    /// Rows of `table` (without `run_id`) matching `filter`.
    static func snapshot(_ seeded: SeededWarehouse, _ table: String, where filter: String = "1") throws -> [[String]] {
        try seeded.warehouse.read { db in try TableSnapshot.rows(db, table, where: filter) }
    }
}

/// Steps of a test run failed; the messages say which and why.
struct StepsFailed: Error, CustomStringConvertible {
    let messages: [String]
    var description: String { messages.joined(separator: "\n") }
}
