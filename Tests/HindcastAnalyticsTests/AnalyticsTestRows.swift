import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport

/// The Phase 3 processor ids and how the analytics tests run them.
enum Phase3 {
    static let processors = ["team_offense_game_summary", "team_defense_game_summary", "player_game_summary"]

    /// Runs the Phase 3 processors on the game days of `start...end`.
    @discardableResult
    static func run(_ seeded: SeededWarehouse, from start: String, through end: String) throws -> RunReport {
        try PipelineRun.run(seeded.warehouse, from: start, through: end, processors: processors)
    }
}
