import GRDB
import HindcastCLI
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// Staleness from the warehouse alone: each run records its output fingerprint and what it read;
/// a later plan finds what changed since, and the runner keeps readers whose recomputed inputs
/// came out identical.
@Suite struct StalenessTests {
    static let processors = OpsFixtures.phase3 + ["team_defense_zone_analysis", "player_shot_zone_analysis"]

    func ranWeekOne() throws -> SeededWarehouse {
        let seeded = try TestWarehouse.season2021()
        let (_, report) = try OpsFixtures.backfill(
            seeded.warehouse, from: "2021-10-19", through: "2021-10-22", processors: Self.processors)
        #expect(report.failed.isEmpty && report.succeeded == 20)
        return seeded
    }

    @Test func aCompleteRangeHasNothingLeftToRun() throws {
        let seeded = try ranWeekOne()
        let (plan, _, _) = try OpsFixtures.plan(
            seeded.warehouse, from: "2021-10-19", through: "2021-10-22", processors: Self.processors)
        #expect(plan.steps.isEmpty && plan.kept.count == 20)
        let recorded = try seeded.warehouse.read { db in
            try RunRecord.latest(db, processors: ["player_game_summary"], from: "2021-10-20", through: "2021-10-20")
        }
        let dependencies = try #require(UpstreamDependencies.decode(recorded.first?.upstreamDependencies))
        #expect(dependencies.processorVersion == 1 && dependencies.profileName == "default")
        #expect(
            Set(dependencies.reads.keys) == ["player_boxscores", "schedule", "inactives", "shot_zones", "prop_lines"])
        #expect(recorded.first?.outputFingerprint?.count == 16)
    }

    @Test func aCorrectedBoxScoreMakesItsDateStaleAndItsReadersRecheck() throws {
        let seeded = try ranWeekOne()
        try seeded.warehouse.write { db in
            try db.execute(
                sql: """
                    UPDATE player_boxscores SET pts = pts + 2, ft = ft + 2, fta = fta + 2
                    WHERE game_date = '2021-10-20' AND player_id_bbref = (
                        SELECT MIN(player_id_bbref) FROM player_boxscores WHERE game_date = '2021-10-20' AND played = 1)
                    """)
        }
        let (plan, _, _) = try OpsFixtures.plan(
            seeded.warehouse, from: "2021-10-19", through: "2021-10-22", processors: Self.processors)
        #expect(
            OpsFixtures.describe(plan.steps) == [
                "team_offense_game_summary 2021-10-20 stale", "team_defense_game_summary 2021-10-20 recheck",
                "player_game_summary 2021-10-20 stale", "team_defense_zone_analysis 2021-10-21 recheck",
                "player_shot_zone_analysis 2021-10-21 recheck", "team_defense_zone_analysis 2021-10-22 recheck",
                "player_shot_zone_analysis 2021-10-22 recheck",
            ])
        #expect(plan.steps[0].reason == .stale(because: "input changed since the run: raw player_boxscores"))
        let runner = try OpsFixtures.backfill(
            seeded.warehouse, from: "2021-10-19", through: "2021-10-22", processors: Self.processors)
        #expect(runner.report.failed.isEmpty && runner.report.kept.isEmpty && runner.report.succeeded == 7)
    }

    @Test func readersOfAPartitionRecomputedIdenticallyAreKeptWithoutRunning() throws {
        let seeded = try ranWeekOne()
        // A column the summaries do not read (they parse `mp`): the raw rows change, their output does not.
        try seeded.warehouse.write { db in
            try db.execute(sql: "UPDATE player_boxscores SET minutes = minutes + 0.001 WHERE game_date = '2021-10-20'")
        }
        let before = try seeded.warehouse.read { db in try RunRecord.latest(db) }
        let (plan, report) = try OpsFixtures.backfill(
            seeded.warehouse, from: "2021-10-19", through: "2021-10-22", processors: Self.processors)
        #expect(plan.steps.filter { $0.reason.label == "stale" }.count == 2)
        #expect(report.succeeded == 2 && report.failed.isEmpty)
        #expect(
            OpsFixtures.describe(report.kept.map(\.step)) == [
                "team_defense_game_summary 2021-10-20 recheck", "team_defense_zone_analysis 2021-10-21 recheck",
                "player_shot_zone_analysis 2021-10-21 recheck", "team_defense_zone_analysis 2021-10-22 recheck",
                "player_shot_zone_analysis 2021-10-22 recheck",
            ])
        let after = try seeded.warehouse.read { db in try RunRecord.latest(db) }
        let summaries = Set(["player_game_summary", "team_offense_game_summary"])
        #expect(
            after.filter { !summaries.contains($0.processorName) }
                == before.filter { !summaries.contains($0.processorName) })
        let (again, _, _) = try OpsFixtures.plan(
            seeded.warehouse, from: "2021-10-19", through: "2021-10-22", processors: Self.processors)
        #expect(again.steps.isEmpty)
    }

    @Test func aNewProcessorVersionOrAnotherProfileMakesPartitionsStale() throws {
        let seeded = try ranWeekOne()
        let graph = try ProcessorGraph(
            Pipeline.processors.map { processor -> any Processor in
                processor.descriptor.id == "team_defense_zone_analysis"
                    ? DeclaredProcessor(processor, version: 2) : processor
            })
        let (bumped, _, _) = try OpsFixtures.plan(
            seeded.warehouse, from: "2021-10-19", through: "2021-10-22", processors: Self.processors, graph: graph)
        #expect(bumped.steps.map(\.processorID) == Array(repeating: "team_defense_zone_analysis", count: 4))
        #expect(bumped.steps.first?.reason == .stale(because: "processor version changed (1 -> 2)"))
        let (profiled, _, _) = try OpsFixtures.plan(
            seeded.warehouse, from: "2021-10-22", through: "2021-10-22", processors: ["player_game_summary"],
            profile: .historicalBackfill)
        #expect(
            profiled.steps.first?.reason == .stale(because: "profile settings changed (default -> historical-backfill)")
        )
    }
}
