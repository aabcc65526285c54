import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// The preflight on the real 2021-22 season: per date what exists, which context rows will be
/// observed (2 Nov has real prop-line snapshots) and which synthetic, and real gaps only.
@Suite struct PreflightTests {
    static let november = DateRange(start: GameDate("2021-11-01")!, end: GameDate("2021-11-03")!)!

    func check(
        _ warehouse: Warehouse, _ range: DateRange, profile: Profile = .standard
    ) throws -> (
        BackfillPlan, PreflightReport
    ) {
        let (plan, graph, calendar) = try OpsFixtures.plan(
            warehouse, from: range.start.description, through: range.end.description, profile: profile)
        let report = try warehouse.read { db in
            try Preflight(graph: graph, calendar: calendar, profile: profile).check(db, plan: plan, range: range)
        }
        return (plan, report)
    }

    @Test func aRangeWithObservedSyntheticAndImpossibleDatesIsPlannedDateByDate() throws {
        let seeded = try TestWarehouse.season2021()
        // 3 Nov without its box scores: the games are scheduled, their results never imported.
        try seeded.warehouse.write { db in
            try db.execute(sql: "DELETE FROM player_boxscores WHERE game_date = '2021-11-03'")
        }
        let (plan, report) = try check(seeded.warehouse, Self.november)
        #expect(report.days.map(\.date.description) == ["2021-11-01", "2021-11-02", "2021-11-03"])
        let (synthetic, observed, impossible) = (report.days[0], report.days[1], report.days[2])
        #expect(synthetic.scheduledGames == 9 && synthetic.gamesWithBoxScores == 9)
        #expect(synthetic.playerContext == ContextForecast(observed: 0, importedSynthetic: 0, synthetic: 242))
        #expect(observed.playerContext == ContextForecast(observed: 42, importedSynthetic: 0, synthetic: 90))
        #expect(observed.teamContext == ContextForecast(observed: 0, importedSynthetic: 0, synthetic: 10))
        #expect(impossible.gamesWithBoxScores == 0 && impossible.scheduledGames > 0)

        #expect(!report.passes)
        let gap = try #require(report.gaps.first)
        #expect(report.gaps.count == 1 && gap.date == GameDate("2021-11-03"))
        #expect(
            gap.problem == "no box scores for any of the \(impossible.scheduledGames) scheduled games on 2021-11-03")
        // Same-date readers of box scores fail; the zone analyses read only earlier dates.
        #expect(
            gap.processors == [
                "team_offense_game_summary", "team_defense_game_summary", "player_game_summary",
                "upcoming_player_game_context", "player_composite_factors", "player_daily_cache",
                "ml_feature_store", "player_prop_predictions", "prediction_accuracy",
            ])
        #expect(report.refusal.contains("--skip-preflight"))
        // Every requested partition is new; the summaries since opening night are planned first.
        #expect(plan.requested.count == 36 && plan.requested.allSatisfy { plan.step($0)?.reason == .requested })
        let history = Set(plan.upstreamSteps.map(\.date))
        #expect(history.min() == GameDate("2021-10-19") && history.max() == GameDate("2021-10-31"))
    }

    @Test func daysWithoutGamesAreReportedAndNeverRefused() throws {
        let seeded = try TestWarehouse.season2021()
        let range = DateRange(start: GameDate("2021-11-24")!, end: GameDate("2021-11-26")!)!
        let (plan, report) = try check(seeded.warehouse, range)
        #expect(report.passes && report.gaps.isEmpty)
        #expect(report.days.map(\.isGameDay) == [true, false, true])
        #expect(report.days[1].playerContext == nil)
        #expect(plan.dates.map(\.description) == ["2021-11-24", "2021-11-26"])
    }

    @Test func withoutSynthesisADateWithoutObservedContextIsAGap() throws {
        let seeded = try TestWarehouse.season2021()
        var profile = Profile.standard
        profile.name = "observed-only"
        profile.context.synthesize = false
        let (_, report) = try check(seeded.warehouse, Self.november, profile: profile)
        let problems = report.gaps.map(\.problem)
        #expect(
            problems.contains(
                "no observed player context on 2021-11-01 and profile observed-only does not synthesise (synthesize: false)"
            ))
        #expect(!problems.contains { $0.contains("player context on 2021-11-02") })
        #expect(report.days[1].playerContext == ContextForecast(observed: 42, importedSynthetic: 0, synthetic: 0))
        #expect(report.warnings.contains("2021-11-02: 90 players have no observed context and get no context row"))
        #expect(
            report.refusal.hasSuffix("a profile with synthesize: true (e.g. default) or --skip-preflight would proceed")
        )
    }
}
