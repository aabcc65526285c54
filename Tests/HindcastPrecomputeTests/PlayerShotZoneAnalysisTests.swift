import HindcastTestSupport
import Testing

@Suite struct PlayerShotZoneAnalysisTests {
    static let playerSQL = "SELECT * FROM player_shot_zone_analysis WHERE analysis_date = ? AND player_lookup = ?"

    /// Jayson Tatum on 2022-11-20, by hand from player_game_shot_zones.csv. His last 10 games
    /// (2022-11-02 to 2022-11-18): paint 50 of 84, mid-range 8 of 27, threes 34 of 104, 215 shots
    /// (his box-score FGA). His 16 games of the season: paint 86 of 136, threes 153, 330 shots.
    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func shotProfileOfAPlayerMatchesHisLastTenGamesByHand() throws {
        let seeded = try TestWarehouse.seasons2021And2022()
        try ZonePipeline.run(seeded, ["player_shot_zone_analysis"], from: "2022-11-20", through: "2022-11-20")
        let tatum = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2022-11-20", "jaysontatum"]))
        #expect(tatum["games_in_sample_10"] == 10)
        #expect(tatum["total_shots_last_10"] == 215)
        #expect(tatum["fg_attempts_last_10"] == 215)
        #expect(tatum["paint_rate_last_10"] == 39.07)  // 84 / 215 · 100 = 39.070
        #expect(tatum["mid_range_rate_last_10"] == 12.56)  // 27 / 215 · 100 = 12.558
        #expect(tatum["three_pt_rate_last_10"] == 48.37)  // 104 / 215 · 100 = 48.372
        #expect(tatum["paint_pct_last_10"] == 0.595)  // 50 / 84 = 0.5952
        #expect(tatum["mid_range_pct_last_10"] == 0.296)  // 8 / 27 = 0.2963
        #expect(tatum["three_pt_pct_last_10"] == 0.327)  // 34 / 104 = 0.3269
        #expect(tatum["paint_attempts_per_game"] == 8.4)
        #expect(tatum["mid_range_attempts_per_game"] == 2.7)
        #expect(tatum["three_pt_attempts_per_game"] == 10.4)
        // paint 39.07 < 40, three 48.37 ≥ 40
        #expect(tatum["primary_scoring_zone"] == "perimeter")
        #expect(tatum["games_in_sample_20"] == 16)
        #expect(tatum["sample_quality_20"] == "good")  // 16 ≥ 0.7 · 20
        #expect(tatum["paint_rate_last_20"] == 41.21)  // 136 / 330 · 100 = 41.212
        #expect(tatum["paint_pct_last_20"] == 0.632)  // 86 / 136 = 0.6324
        #expect(tatum["three_pt_rate_last_20"] == 46.36)  // 153 / 330 · 100 = 46.364
        #expect(tatum["has_complete_zones_10"] == true)
        #expect(tatum["zones_source"] == "nba_shot_chart")
        #expect(tatum["team_abbr"] == "BOS")
        #expect(tatum["data_quality_tier"] == "gold")
    }

    /// Stephen Curry on 2021-11-20 (2021-22, no shot zones): his last 10 games (2021-10-30 to
    /// 2021-11-19) from the box score: FGA 199, 3P 60 of 138.
    @Test func seasonWithoutShotZonesLeavesPaintAndMidRangeNullNotZero() throws {
        let seeded = try TestWarehouse.season2021()
        try ZonePipeline.run(seeded, ["player_shot_zone_analysis"], from: "2021-11-20", through: "2021-11-20")
        let curry = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2021-11-20", "stephencurry"]))
        #expect(curry["three_pt_rate_last_10"] == 69.35)  // 138 / 199 · 100 = 69.347
        #expect(curry["three_pt_pct_last_10"] == 0.435)  // 60 / 138 = 0.4348
        #expect(curry["three_pt_attempts_per_game"] == 13.8)  // 138 / 10
        #expect(curry["fg_attempts_last_10"] == 199)
        #expect(curry.isNull("paint_rate_last_10"))
        #expect(curry.isNull("mid_range_rate_last_10"))
        #expect(curry.isNull("paint_pct_last_10"))
        #expect(curry.isNull("total_shots_last_10"))
        #expect(curry.isNull("primary_scoring_zone"))
        #expect(curry["has_complete_zones_10"] == false)
        #expect(curry["zones_source"] == "boxscore_threes_only")
        #expect(curry["data_quality_issues"] == "[\"no_shot_zones\"]")
        let zeroFilled = try WarehouseQuery.count(
            seeded, "SELECT COUNT(*) FROM player_shot_zone_analysis WHERE paint_rate_last_10 IS NOT NULL")
        #expect(zeroFilled == 0)
    }

    /// On 2021-11-09, day 21 of 2021-22, players need min(3 + 21 // 3, 9) = 9 games. Every player
    /// who played this season before the date gets a row; those below 9 games keep it, with NULL
    /// metrics and the reason.
    @Test func playersBelowTheEarlySeasonMinimumKeepARowWithTheReason() throws {
        let seeded = try TestWarehouse.season2021()
        try ZonePipeline.run(seeded, ["player_shot_zone_analysis"], from: "2021-11-09", through: "2021-11-09")
        let played = try WarehouseQuery.count(
            seeded,
            """
            SELECT COUNT(DISTINCT player_lookup) FROM player_game_summary
            WHERE game_date >= '2021-10-19' AND game_date < '2021-11-09' AND is_active = 1
                AND (is_dnp = 0 OR fg_attempts > 0)
            """)
        let all = "SELECT COUNT(*) FROM player_shot_zone_analysis WHERE analysis_date = '2021-11-09'"
        #expect(played > 400)
        #expect(try WarehouseQuery.count(seeded, all) == played)
        #expect(
            try WarehouseQuery.count(seeded, all + " AND min_games_required = 9 AND days_into_season = 21") == played)
        let below = try WarehouseQuery.count(seeded, all + " AND games_in_sample_10 < 9")
        #expect(below > 0)
        #expect(
            try WarehouseQuery.count(
                seeded,
                all
                    + " AND games_in_sample_10 < 9 AND early_season_flag = 1 AND three_pt_rate_last_10 IS NULL"
                    + " AND three_pt_attempts_per_game IS NULL AND insufficient_data_reason LIKE '%; 9 required'")
                == below)
        #expect(
            try WarehouseQuery.count(
                seeded,
                all
                    + " AND games_in_sample_10 >= 9 AND early_season_flag = 0 AND three_pt_attempts_per_game IS NOT NULL"
            )
                == played - below)
    }
}
