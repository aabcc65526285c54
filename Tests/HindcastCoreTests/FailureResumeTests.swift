import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// A date whose zone-analysis write fails (the warehouse refuses the insert, as a full disk
/// would): the other dates commit, what reads the failed partition is skipped saying why, and a
/// resumed backfill redoes exactly that date's failed and skipped partitions and what reads them,
/// ending with the same tables as a run that never failed.
@Suite struct FailureResumeTests {
    static let tables = [
        "upcoming_player_game_context", "upcoming_team_game_context", "team_defense_zone_analysis",
        "player_shot_zone_analysis", "player_composite_factors", "player_daily_cache", "ml_feature_store",
        "player_prop_predictions", "prediction_accuracy",
    ]

    func snapshot(_ warehouse: Warehouse) throws -> [String: [[String]]] {
        try warehouse.read { db in
            var tables: [String: [[String]]] = [:]
            for table in Self.tables { tables[table] = try TableSnapshot.rows(db, table) }
            return tables
        }
    }

    @Test func aFailedDateIsIsolatedAndResumingRedoesOnlyItAndWhatReadsIt() throws {
        let failing = try OpsFixtures.summariesThroughJanuary2()
        try WriteFaults.breakWrites(
            failing.warehouse, table: "team_defense_zone_analysis", column: "analysis_date", date: "2022-01-04")
        let first = try OpsFixtures.backfill(failing.warehouse, from: "2022-01-03", through: "2022-01-05")
        #expect(first.report.failed.map(\.step.processorID) == ["team_defense_zone_analysis"])
        #expect(first.report.failed.first?.message?.hasPrefix("SQLite error 19: database or disk is full") == true)
        #expect(first.report.failedDates == [GameDate("2022-01-04")!])
        #expect(
            first.report.skipped.compactMap(\.message) == [
                "upstream team_defense_zone_analysis failed on 2022-01-04",
                "upstream player_composite_factors was not computed on 2022-01-04 because team_defense_zone_analysis failed",
                "upstream ml_feature_store was not computed on 2022-01-04 because team_defense_zone_analysis failed",
                "upstream player_prop_predictions was not computed on 2022-01-04 because team_defense_zone_analysis failed",
            ])
        #expect(first.report.succeeded == 36 - 5)

        try WriteFaults.repairWrites(failing.warehouse, table: "team_defense_zone_analysis")
        let (plan, _, _) = try OpsFixtures.plan(failing.warehouse, from: "2022-01-03", through: "2022-01-05")
        #expect(
            OpsFixtures.describe(plan.steps) == [
                "team_defense_zone_analysis 2022-01-04 retry", "player_composite_factors 2022-01-04 retry",
                "ml_feature_store 2022-01-04 retry", "player_prop_predictions 2022-01-04 retry",
                "prediction_accuracy 2022-01-04 retry",
                // 5 Jan's predictions weigh their ensemble by the trailing grades, 4 Jan's included.
                "player_prop_predictions 2022-01-05 recheck", "prediction_accuracy 2022-01-05 recheck",
            ])
        let resumed = try OpsFixtures.backfill(failing.warehouse, from: "2022-01-03", through: "2022-01-05")
        #expect(resumed.report.failed.isEmpty && resumed.report.succeeded == 7)

        let clean = try OpsFixtures.summariesThroughJanuary2()
        let uninterrupted = try OpsFixtures.backfill(clean.warehouse, from: "2022-01-03", through: "2022-01-05")
        #expect(uninterrupted.report.failed.isEmpty)
        #expect(try snapshot(failing.warehouse) == snapshot(clean.warehouse))
    }
}
