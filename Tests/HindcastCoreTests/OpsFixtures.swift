import Foundation
import GRDB
import HindcastCLI
import HindcastCore
import HindcastStore
import HindcastTestSupport

/// Warehouses for the backfill-operations tests: the bundled 2021-22 season with the game
/// summaries already computed from opening night through a date (built once per test process,
/// copied per test), and plan/run helpers that do what `backfill` does.
enum OpsFixtures {
    /// The game-summary processors every later date reads as history.
    static let phase3 = ["team_offense_game_summary", "team_defense_game_summary", "player_game_summary"]

    /// A fresh copy of the 2021-22 season with the game summaries computed through 2022-01-02.
    static func summariesThroughJanuary2() throws -> CopiedWarehouse {
        try TestWarehouse.season2021(after: "summaries-2022-01-02") { warehouse in
            try PipelineRun.run(warehouse, from: "2021-10-19", through: "2022-01-02", processors: phase3)
        }
    }

    /// The resumable plan `backfill` would make.
    static func plan(
        _ warehouse: Warehouse, from start: String, through end: String, processors: [String]? = nil,
        profile: Profile = .standard, resume: Bool = true, graph: ProcessorGraph? = nil
    ) throws -> (plan: BackfillPlan, graph: ProcessorGraph, calendar: GameCalendar) {
        let graph = try graph ?? Pipeline.graph(for: profile)
        let calendar = try warehouse.read { db in try GameCalendar.load(db) }
        let dates = calendar.gameDates(in: DateRange(start: GameDate(start)!, end: GameDate(end)!)!)
        let plan = try warehouse.read { db in
            try Planner(graph: graph, calendar: calendar).plan(
                db, targets: processors ?? graph.ids, dates: dates, resume: resume, profile: profile)
        }
        return (plan, graph, calendar)
    }

    /// Plans and runs like `backfill`.
    @discardableResult
    static func backfill(
        _ warehouse: Warehouse, from start: String, through end: String, processors: [String]? = nil,
        profile: Profile = .standard, resume: Bool = true, graph: ProcessorGraph? = nil
    ) throws -> (plan: BackfillPlan, report: RunReport) {
        let (plan, graph, calendar) = try Self.plan(
            warehouse, from: start, through: end, processors: processors, profile: profile, resume: resume,
            graph: graph)
        let runner = Runner(
            warehouse: warehouse, graph: graph, profile: profile, calendar: calendar, triggeredBy: "test")
        return (plan, try runner.run(plan.steps))
    }

    /// `processor date label` for each planned step, e.g. `player_game_summary 2021-10-20 stale`.
    static func describe(_ steps: [PlannedStep]) -> [String] {
        steps.map { "\($0.processorID) \($0.date) \($0.reason.label)" }
    }
}

/// A warehouse copied from a template, in its own temporary directory (removed when released).
typealias CopiedWarehouse = SeededWarehouse
