import HindcastTestSupport
import Testing

@Suite struct TeamDefenseGameSummaryTests {
    /// 2022-01-01, SAS 116 at DET 117 (one overtime, 53 minutes). DET's defence faced SAS's
    /// offence: FGA 102, FTA 28, TOV 16, OREB 13, 3P 12 of 40; DET's own players: PF 23, STL 12,
    /// BLK 6, DRB 41.
    @Test func defenceIsTheOpponentsOffenceSeenFromTheOtherSide() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2022-01-01", through: "2022-01-01")
        let det = try #require(
            try WarehouseQuery.firstRow(
                seeded,
                "SELECT * FROM team_defense_game_summary WHERE game_code = '202201010DET' AND defending_team_abbr = 'DET'"
            ))
        #expect(det["opponent_team_abbr"] == "SAS")
        #expect(det["points_allowed"] == 116)
        #expect(det["opp_fg_attempts"] == 102)
        #expect(det["opp_three_pt_makes"] == 12)
        #expect(det["three_pt_points_allowed"] == 36)
        #expect(det["turnovers_forced"] == 16)
        #expect(det["fouls_committed"] == 23)
        #expect(det["steals"] == 12)
        #expect(det["blocks"] == 6)
        #expect(det["defensive_rebounds"] == 41)
        // opponent possessions = 102 + 0.44·28 + 16 − 13 = 117.32
        #expect(det["opp_possessions"] == 117.3)
        // defensive rating = 116 / 117.32 · 100 = 98.875
        #expect(det["defensive_rating"] == 98.87)
        // opponent pace = 117.32 · 48 / 53 = 106.25 (the reference's would be 117.3)
        #expect(det["opponent_pace"] == 106.3)
        // opponent true shooting = 116 / (2 · (102 + 0.44·28)) = 116 / 228.64 = 0.5073
        #expect(det["opponent_ts_pct"] == 0.507)
        #expect(det["win_flag"] == true)
        #expect(det["margin_of_victory"] == 1)
        #expect(det.isNull("opp_paint_attempts"))
    }

    @Test func everyDefenceRowMirrorsTheOpponentsOffenceRow() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2022-01-01", through: "2022-01-07")
        #expect(try WarehouseQuery.count(seeded, "SELECT COUNT(*) FROM team_defense_game_summary") == 104)
        let mismatched = try WarehouseQuery.count(
            seeded,
            """
            SELECT COUNT(*) FROM team_defense_game_summary d
            JOIN team_offense_game_summary o ON o.game_date = d.game_date AND o.team_abbr = d.opponent_team_abbr
            JOIN team_offense_game_summary own ON own.game_date = d.game_date AND own.team_abbr = d.defending_team_abbr
            WHERE d.points_allowed != o.points_scored OR d.opp_possessions != o.possessions
                OR d.opponent_pace != o.pace OR d.turnovers_forced != o.turnovers
                OR d.win_flag != own.win_flag OR d.steals != own.steals
            """)
        #expect(mismatched == 0)
    }

    /// 2022-10-18, PHI at BOS: PHI's rows of player_game_shot_zones.csv sum to paint 19 of 31,
    /// mid-range 8 of 15: BOS allowed 2·19 = 38 paint points and 2·8 = 16 mid-range points.
    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func zonesAllowedComeFromTheOpponentsShotZones() throws {
        let seeded = try TestWarehouse.seasons2021And2022()
        try Phase3.run(seeded, from: "2022-10-18", through: "2022-10-18")
        let bos = try #require(
            try WarehouseQuery.firstRow(
                seeded,
                "SELECT * FROM team_defense_game_summary WHERE game_code = '202210180BOS' AND defending_team_abbr = 'BOS'"
            ))
        #expect(bos["opp_paint_attempts"] == 31)
        #expect(bos["opp_paint_makes"] == 19)
        #expect(bos["opp_mid_range_attempts"] == 15)
        #expect(bos["opp_mid_range_makes"] == 8)
        #expect(bos["points_in_paint_allowed"] == 38)
        #expect(bos["mid_range_points_allowed"] == 16)
        #expect(bos["shot_zones_available"] == true)
    }
}
