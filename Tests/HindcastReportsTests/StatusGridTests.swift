import Foundation
import GRDB
import HindcastCLI
import HindcastCore
import HindcastReports
import HindcastStore
import HindcastTestSupport
import Testing

/// `hindcast status` from the run history alone: done and synthetic-context partitions, never-run
/// days of the range, and staleness against another profile only when one is asked for.
@Suite struct StatusGridTests {
    @Test func theGridShowsSyntheticContextNeverRunDaysAndProfileStalenessOnRequest() throws {
        let seeded = try TestWarehouse.season2021()
        let processors = [
            "team_offense_game_summary", "team_defense_game_summary", "player_game_summary",
            "upcoming_player_game_context",
        ]
        let report = try PipelineRun.run(
            seeded.warehouse, from: "2021-10-20", through: "2021-10-21", processors: processors)
        #expect(report.failed.isEmpty)
        let graph = try Pipeline.graph()
        func grid(_ profile: Profile?) throws -> StatusGrid {
            try seeded.warehouse.read { db in
                try StatusGrid.measure(
                    db, graph: graph, calendar: try GameCalendar.load(db), profile: profile,
                    from: GameDate("2021-10-20"), through: GameDate("2021-10-22"))
            }
        }
        let plain = try grid(nil)
        #expect(plain.dates.map(\.description) == ["2021-10-20", "2021-10-21", "2021-10-22"])
        #expect(plain.processors == graph.ids)
        let context = try #require(plain.cells[PartitionKey("upcoming_player_game_context", GameDate("2021-10-21")!)])
        let rows = try seeded.warehouse.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM upcoming_player_game_context WHERE game_date = '2021-10-21'")
        }
        #expect(context.status == "synthetic" && context.syntheticRows == rows && (rows ?? 0) > 0)
        #expect(plain.cells[PartitionKey("player_game_summary", GameDate("2021-10-21")!)]?.status == "done")
        #expect(plain.cells[PartitionKey("player_game_summary", GameDate("2021-10-22")!)] == nil)
        #expect(plain.counts["stale"] == nil)
        #expect(plain.render(as: .table).contains("2021-10-22  -     -"))

        let other = try grid(.historicalBackfill)
        let stale = try #require(other.cells[PartitionKey("player_game_summary", GameDate("2021-10-20")!)])
        #expect(stale.status == "stale")
        #expect(stale.reason == "profile settings changed (default -> historical-backfill)")
    }
}
