import HindcastCore
import HindcastTestSupport
import Testing

@Suite struct TeamOffenseGameSummaryTests {
    @Test func teamPointsEqualTheFinalScoreOfEveryGameOfTheSeason() throws {
        let seeded = try TestWarehouse.season2021()
        let report = try PipelineRun.run(
            seeded.warehouse, from: "2021-10-19", through: "2022-06-30", processors: ["team_offense_game_summary"])
        #expect(report.failed.isEmpty)
        let games = try WarehouseQuery.count(seeded, "SELECT COUNT(DISTINCT game_code) FROM player_boxscores")
        #expect(games == 1323)
        #expect(try WarehouseQuery.count(seeded, "SELECT COUNT(*) FROM team_offense_game_summary") == 2 * games)
        let wrong = try WarehouseQuery.count(
            seeded,
            """
            SELECT COUNT(*) FROM team_offense_game_summary t JOIN schedule s USING (game_code)
            WHERE t.points_scored != CASE WHEN t.home_game = 1 THEN s.home_pts ELSE s.away_pts END
                OR t.margin_of_victory != CASE WHEN t.home_game = 1 THEN s.home_pts - s.away_pts
                    ELSE s.away_pts - s.home_pts END
                OR t.win_flag != (t.margin_of_victory > 0) OR t.overtime_periods != s.overtimes
            """)
        #expect(wrong == 0)
    }

    /// 2022-01-01, SAS 116 at DET 117 after one overtime (schedule.csv: overtimes "OT"), so the
    /// game lasted 48 + 5 = 53 minutes. Sums of the box-score rows of game 202201010DET:
    /// DET FGA 101, FTA 33, TOV 20, OREB 22, PTS 117; SAS FGA 102, FTA 28, TOV 16, OREB 13, PTS 116.
    @Test func possessionsPaceAndRatingOfAnOvertimeGameUseItsRealLength() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2022-01-01", through: "2022-01-01")
        let sql = "SELECT * FROM team_offense_game_summary WHERE game_code = '202201010DET' AND team_abbr = ?"
        let det = try #require(try WarehouseQuery.firstRow(seeded, sql, ["DET"]))
        // possessions = 101 + 0.44·33 + 20 − 22 = 113.52 → 113.5
        #expect(det["possessions"] == 113.5)
        // pace = 113.52 · 48 / 53 = 102.81 (the reference's unnormalised value would be 113.5)
        #expect(det["pace"] == 102.8)
        // offensive rating = 117 / 113.52 · 100 = 103.066
        #expect(det["offensive_rating"] == 103.07)
        // true shooting = 117 / (2 · (101 + 0.44·33)) = 117 / 231.04 = 0.5064
        #expect(det["ts_pct"] == 0.506)
        #expect(det["overtime_periods"] == 1)
        #expect(det["actual_game_minutes"] == 53.0)
        #expect(det["win_flag"] == true)
        #expect(det["margin_of_victory"] == 1)
        // inactives.csv lists 13 DET players for this game
        #expect(det["players_inactive"] == 13)
        let sas = try #require(try WarehouseQuery.firstRow(seeded, sql, ["SAS"]))
        // possessions = 102 + 0.44·28 + 16 − 13 = 117.32; pace = 117.32 · 48 / 53 = 106.25
        #expect(sas["possessions"] == 117.3)
        #expect(sas["pace"] == 106.3)
        #expect(sas["win_flag"] == false)
        #expect(sas["margin_of_victory"] == -1)
        // No shot zones in 2021-22: the zone columns are NULL, not zero.
        #expect(det.isNull("team_paint_attempts"))
        #expect(det["shot_zones_available"] == false)
        #expect(det["data_quality_issues"] == "[\"no_shot_zones\"]")
    }

    /// 2022-01-03, HOU 113 at PHI 133, no overtime (48 minutes). Box-score sums:
    /// HOU FGA 89, FTA 33, TOV 11, OREB 11; PHI FGA 96, FTA 17, TOV 12, OREB 12.
    @Test func paceOfARegulationGameIsItsPossessions() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2022-01-03", through: "2022-01-03")
        let sql = "SELECT * FROM team_offense_game_summary WHERE game_code = '202201030PHI' AND team_abbr = ?"
        let hou = try #require(try WarehouseQuery.firstRow(seeded, sql, ["HOU"]))
        // possessions = 89 + 0.44·33 + 11 − 11 = 103.52; pace = 103.52 · 48 / 48
        #expect(hou["possessions"] == 103.5)
        #expect(hou["pace"] == 103.5)
        // offensive rating = 113 / 103.52 · 100 = 109.158
        #expect(hou["offensive_rating"] == 109.16)
        let phi = try #require(try WarehouseQuery.firstRow(seeded, sql, ["PHI"]))
        // possessions = 96 + 0.44·17 + 12 − 12 = 103.48; rating = 133 / 103.48 · 100 = 128.527
        #expect(phi["possessions"] == 103.5)
        #expect(phi["offensive_rating"] == 128.53)
        #expect(phi["win_flag"] == true)
    }

    /// 2022-10-18, PHI at BOS: BOS's players' rows of player_game_shot_zones.csv sum to
    /// paint (ra + paint_nonra) 22 of 33, mid-range 12 of 14, threes 12 of 35: 82 attempts, the
    /// team's box-score FGA.
    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func teamZoneSumsComeFromThePlayersShotZones() throws {
        let seeded = try TestWarehouse.seasons2021And2022()
        try Phase3.run(seeded, from: "2022-10-18", through: "2022-10-18")
        let bos = try #require(
            try WarehouseQuery.firstRow(
                seeded,
                "SELECT * FROM team_offense_game_summary WHERE game_code = '202210180BOS' AND team_abbr = 'BOS'"))
        #expect(bos["team_paint_attempts"] == 33)
        #expect(bos["team_paint_makes"] == 22)
        #expect(bos["team_mid_range_attempts"] == 14)
        #expect(bos["team_mid_range_makes"] == 12)
        #expect(bos["team_three_attempts_pbp"] == 35)
        #expect(bos["team_three_makes_pbp"] == 12)
        #expect(bos["fg_attempts"] == 82)
        #expect(bos["points_in_paint_scored"] == 44)
        #expect(bos["shot_zones_available"] == true)
        #expect(bos["data_quality_tier"] == "gold")
    }
}
