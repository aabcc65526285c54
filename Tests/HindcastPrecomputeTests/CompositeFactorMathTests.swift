import GRDB
import HindcastPrecompute
import HindcastStore
import HindcastTestSupport
import Testing

/// The composite factors on hand-computed cases (reference §2.3).
@Suite struct CompositeFactorMathTests {
    @Test func aBackToBackThirtyFiveYearOldIsTired() {
        // 100 − 15 (back-to-back) − 10 (4 games in 7 days) − 10 (260 minutes > 240) − 5 (one back-to-back
        // in 14 days) − 10 (age 35) = 50; adjustment (50 − 100) / 20 = −2.5.
        let inputs = FatigueInputs(
            daysRest: 1, backToBack: true, gamesInLast7Days: 4, minutesInLast7Days: 260, avgMinutesPerGameLast7: 34,
            backToBacksLast14Days: 1, playerAge: 35)
        let score = CompositeFactorMath.fatigueScore(inputs)
        #expect(score == 50)
        #expect(CompositeFactorMath.fatigueAdjustment(score) == -2.5)
    }

    @Test func aRestedStarterIsFresh() {
        // Three days of rest: 100 + 5, clamped to 100; 2 games, 70 minutes, 35.0 a game (not over 35).
        let inputs = FatigueInputs(
            daysRest: 3, backToBack: false, gamesInLast7Days: 2, minutesInLast7Days: 70, avgMinutesPerGameLast7: 35,
            backToBacksLast14Days: 0, playerAge: 27)
        #expect(CompositeFactorMath.fatigueScore(inputs) == 100)
        // Missing inputs take the reference's defaults, which add up to a fresh 100.
        #expect(CompositeFactorMath.fatigueScore(FatigueInputs()) == 100)
    }

    @Test func paceAndUsageFollowTheReference() {
        #expect(CompositeFactorMath.paceScore(paceDifferential: 4.4) == 2.2)
        #expect(CompositeFactorMath.paceScore(paceDifferential: -9) == -3)
        #expect(CompositeFactorMath.paceScore(paceDifferential: nil) == 0)
        // 0.3 × (25 − 20) = 1.5, one star out: × 1.15 = 1.725.
        #expect(abs(CompositeFactorMath.usageSpike(projectedUsage: nil, recentUsage: 20, starsOut: 1) - 1.725) < 1e-9)
        #expect(CompositeFactorMath.usageSpike(projectedUsage: nil, recentUsage: 35, starsOut: 2) == -3)
    }

    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func aPaintScorerFacingTheLeaguesWeakestPaintDefenceGetsTheMismatch() throws {
        let seeded = try TestWarehouse.seasons2021And2022()
        let date = "2022-12-05"
        try PipelineRun.run(
            seeded.warehouse, from: date, through: date,
            processors: ["team_defense_zone_analysis", "player_shot_zone_analysis", "player_composite_factors"])
        let values = try seeded.warehouse.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT d.team_abbr, d.paint_defense_vs_league_avg,
                        (SELECT MAX(paint_defense_vs_league_avg) FROM team_defense_zone_analysis WHERE analysis_date = ?),
                        z.primary_scoring_zone, z.paint_rate_last_10, f.shot_zone_mismatch_score
                    FROM player_composite_factors f
                    JOIN team_defense_zone_analysis d ON d.team_abbr = f.opponent_team_abbr AND d.analysis_date = f.game_date
                    JOIN player_shot_zone_analysis z ON z.player_lookup = f.player_lookup AND z.analysis_date = f.game_date
                    WHERE f.game_date = ? AND f.player_lookup = 'giannisantetokounmpo'
                    """, arguments: [date, date]
            ).map { row -> [String] in (0..<6).map { (row[$0] as DatabaseValue).description } }
        }
        // Orlando allowed 0.639 in the paint over its last 15 games against a league 0.5814: +5.77
        // points, the league's weakest. Giannis takes 72% of his shots there (full weight), and
        // 5.77 > 5 earns the ×1.2 boost: 5.77 × 1.2 = 6.924 → 6.9.
        #expect(values == ["\"ORL\"", "5.77", "5.77", "\"paint\"", "72.15", "6.9"])
        #expect(CompositeFactorMath.shotZoneMismatch(zoneRate: 72.15, defenseVsLeague: 5.77) == 5.77 * 1.2)
        #expect(CompositeFactorMath.shotZoneMismatch(zoneRate: 25, defenseVsLeague: 5.77) == 5.77 * 0.5)
    }
}
