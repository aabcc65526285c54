import Foundation
import HindcastCLI
import HindcastCore
import HindcastStore

/// Runs processors over dates the way `backfill` does (planner + runner), for tests.
public enum PipelineRun {
    /// Plans and runs `processors` (default: all) on the game days of `start...end`; the graph is
    /// `graphProcessors`, by default every processor as `profile` configures it.
    @discardableResult
    public static func run(
        _ warehouse: Warehouse, from start: String, through end: String, processors: [String]? = nil,
        profile: Profile = .standard, graphProcessors: [any Processor]? = nil
    ) throws -> RunReport {
        let graph = try ProcessorGraph(graphProcessors ?? Pipeline.processors(for: profile))
        let (calendar, ledger) = try warehouse.read { db in (try GameCalendar.load(db), try RunLedger.load(db)) }
        let range = DateRange(start: GameDate(start)!, end: GameDate(end)!)!
        let steps = Planner(graph: graph, calendar: calendar).plan(
            targets: processors ?? graph.ids, dates: calendar.gameDates(in: range)
        ) { id, date in
            ledger.entry(PartitionKey(id, date))?.newest.status == .success
        }
        return try Runner(warehouse: warehouse, graph: graph, profile: profile, calendar: calendar, triggeredBy: "test")
            .run(steps)
    }
}
