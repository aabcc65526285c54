import HindcastTestSupport
import Testing

@Suite struct TeamDefenseZoneAnalysisTests {
    static let teamSQL = "SELECT * FROM team_defense_zone_analysis WHERE analysis_date = ? AND team_abbr = ?"

    /// Boston on 2022-11-20, by hand from the 2022-23 CSVs: its 15 games from 2022-10-21 to
    /// 2022-11-18. Opponents' shot-zone rows in those games: paint (ra + paint_nonra) 359 of 659,
    /// mid-range 103 of 237; opponents' box scores: 3P 170 of 483, 1,691 points.
    /// League (30 teams, each with ≥ 10 games between 2022-10-21 and 2022-11-19, the analysis
    /// date excluded), unweighted mean of the teams' percentages allowed: paint 0.567667,
    /// mid-range 0.409084, three 0.358714.
    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func zoneDefenceOfATeamMatchesItsLastFifteenGamesByHand() throws {
        let seeded = try TestWarehouse.seasons2021And2022()
        try ZonePipeline.run(seeded, ["team_defense_zone_analysis"], from: "2022-11-20", through: "2022-11-20")
        #expect(
            try WarehouseQuery.count(
                seeded, "SELECT COUNT(*) FROM team_defense_zone_analysis WHERE analysis_date = '2022-11-20'") == 30)
        let bos = try #require(try WarehouseQuery.firstRow(seeded, Self.teamSQL, ["2022-11-20", "BOS"]))
        #expect(bos["games_in_sample"] == 15)
        #expect(bos["zone_games_in_sample"] == 15)
        #expect(bos["paint_pct_allowed_last_15"] == 0.545)  // 359 / 659 = 0.5448
        #expect(bos["paint_attempts_allowed_per_game"] == 43.9)  // 659 / 15 = 43.93
        #expect(bos["paint_points_allowed_per_game"] == 47.9)  // 2 · 359 / 15 = 47.87
        #expect(bos["paint_defense_vs_league_avg"] == -2.29)  // (0.544765 − 0.567667) · 100
        #expect(bos["mid_range_pct_allowed_last_15"] == 0.435)  // 103 / 237 = 0.4346
        #expect(bos["mid_range_defense_vs_league_avg"] == 2.55)  // (0.434599 − 0.409084) · 100
        #expect(bos["three_pt_pct_allowed_last_15"] == 0.352)  // 170 / 483 = 0.35197
        #expect(bos["three_pt_attempts_allowed_per_game"] == 32.2)  // 483 / 15
        #expect(bos["three_pt_defense_vs_league_avg"] == -0.67)  // (0.351967 − 0.358714) · 100
        #expect(bos["opponent_points_per_game"] == 112.7)  // 1691 / 15 = 112.73
        #expect(bos["league_paint_pct"] == 0.5677)
        #expect(bos["league_mid_range_pct"] == 0.4091)
        #expect(bos["league_three_pt_pct"] == 0.3587)
        #expect(bos["league_teams_in_average"] == 30)
        #expect(bos["strongest_zone"] == "paint")
        #expect(bos["weakest_zone"] == "mid_range")
        #expect(bos["days_into_season"] == 33)  // the schedule's opening day is 2022-10-18
        #expect(bos["min_games_required"] == 15)
        #expect(bos["early_season_flag"] == false)
        #expect(bos["has_zone_data"] == true)
        #expect(bos["data_quality_tier"] == "gold")
    }

    /// 2021-22 opened on 2021-10-19 (the schedule's first regular-season day, not October 1).
    /// On 2021-11-09, day 21, the minimum is min(5 + 21 // 3, 14) = 12 games and only one team
    /// has played 12; on 2021-11-10, day 22, every team needs 15.
    @Test func everyTeamHasARowAndYoungSeasonsRelaxTheMinimum() throws {
        let seeded = try TestWarehouse.season2021()
        try ZonePipeline.run(seeded, ["team_defense_zone_analysis"], from: "2021-11-09", through: "2021-11-10")
        try ZonePipeline.run(seeded, ["team_defense_zone_analysis"], from: "2021-10-19", through: "2021-10-19")
        let day21 = "SELECT COUNT(*) FROM team_defense_zone_analysis WHERE analysis_date = '2021-11-09'"
        #expect(try WarehouseQuery.count(seeded, day21) == 30)
        #expect(
            try WarehouseQuery.count(seeded, day21 + " AND min_games_required = 12 AND days_into_season = 21") == 30)
        #expect(try WarehouseQuery.count(seeded, day21 + " AND three_pt_pct_allowed_last_15 IS NOT NULL") == 1)
        #expect(
            try WarehouseQuery.count(
                seeded,
                day21
                    + " AND early_season_flag = 1 AND games_in_sample < 12 AND three_pt_pct_allowed_last_15 IS NULL"
                    + " AND defensive_rating_last_15 IS NULL AND insufficient_data_reason LIKE '% games before 2021-11-09 this season; 12 required'"
                    + " AND data_quality_tier = 'critical'") == 29)
        let computed = try #require(
            try WarehouseQuery.firstRow(
                seeded,
                "SELECT * FROM team_defense_zone_analysis WHERE analysis_date = '2021-11-09' AND games_in_sample = 12"))
        // A sample below 15 games, allowed early in the season, and no shot zones in 2021-22.
        #expect(computed.isNull("paint_pct_allowed_last_15"))
        #expect(computed.isNull("strongest_zone"))
        #expect(computed["has_zone_data"] == false)
        #expect(computed["data_quality_issues"] == "[\"early_season_sample:12/15\",\"no_shot_zones\"]")
        #expect(computed["quality_score"] == 70.0)  // 100 − 20 (early sample) − 10 (no zones)
        #expect(computed["data_quality_tier"] == "bronze")
        let day22 = "SELECT COUNT(*) FROM team_defense_zone_analysis WHERE analysis_date = '2021-11-10'"
        #expect(
            try WarehouseQuery.count(seeded, day22 + " AND min_games_required = 15 AND early_season_flag = 1") == 30)
        let opening = "SELECT COUNT(*) FROM team_defense_zone_analysis WHERE analysis_date = '2021-10-19'"
        #expect(try WarehouseQuery.count(seeded, opening + " AND games_in_sample = 0 AND days_into_season = 0") == 30)
    }
}
