import Foundation
import HindcastCLI
import HindcastCore
import HindcastStore

/// Runs processors over dates the way `backfill` does (planner + runner), for tests.
public enum PipelineRun {
    /// Plans and runs `processors` (default: all) on the game days of `start...end`.
    @discardableResult
    public static func run(
        _ warehouse: Warehouse, from start: String, through end: String, processors: [String]? = nil,
        profile: Profile = .standard, graphProcessors: [any Processor] = Pipeline.processors
    ) throws -> RunReport {
        let graph = try ProcessorGraph(graphProcessors)
        let calendar = try warehouse.read { db in try GameCalendar.load(db) }
        let range = DateRange(start: GameDate(start)!, end: GameDate(end)!)!
        let steps = Planner(graph: graph, calendar: calendar).plan(
            targets: processors ?? graph.ids, dates: calendar.gameDates(in: range)
        ) { id, date in
            (try? warehouse.read { db in
                try String.fetchOne(
                    db,
                    sql: """
                        SELECT status FROM processor_run_history WHERE processor_name = ? AND data_date = ?
                        ORDER BY started_at DESC, run_id DESC LIMIT 1
                        """, arguments: [id, date.description]) == "success"
            }) ?? false
        }
        return Runner(warehouse: warehouse, graph: graph, profile: profile, calendar: calendar, triggeredBy: "test")
            .run(steps)
    }
}
