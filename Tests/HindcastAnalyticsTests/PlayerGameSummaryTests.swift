import HindcastTestSupport
import Testing

@testable import HindcastAnalytics

@Suite struct PlayerGameSummaryTests {
    static let playerSQL = "SELECT * FROM player_game_summary WHERE game_date = ? AND player_full_name = ?"

    /// Usage rate is the reference's formula with the exact minutes from `mp`, and the team
    /// denominators of the same game.
    @Test func usageAndTrueShootingFollowTheReferenceFormula() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2022-01-01", through: "2022-01-03")
        // Hamidou Diallo, DET, 2022-01-01 (overtime): 49:46 = 2986 s, FG 13-32, 3P 0-4, FT 8-9,
        // TOV 3, PTS 34. DET: FGA 101, FTA 33, TOV 20.
        let diallo = try #require(
            try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2022-01-01", "Hamidou Diallo"]))
        // usage = 100 · (32 + 0.44·9 + 3) · 48 / (2986/60 · (101 + 0.44·33 + 20))
        //       = 100 · 38.96 · 48 / (49.7667 · 135.52) = 27.728 (27.71 with minutes rounded to 49.8)
        #expect(diallo["usage_rate"] == 27.73)
        // true shooting = 34 / (2 · (32 + 0.44·9)) = 34 / 71.92 = 0.4727; eFG = (13 + 0) / 32 = 0.406
        #expect(diallo["ts_pct"] == 0.473)
        #expect(diallo["efg_pct"] == 0.406)
        #expect(diallo["minutes_played"] == 49.8)
        #expect(diallo["starter_flag"] == true)
        #expect(diallo["win_flag"] == true)
        #expect(diallo["is_dnp"] == false)
        #expect(diallo["three_pt_attempts"] == 4)
        #expect(diallo["team_abbr"] == "DET")
        #expect(diallo["opponent_team_abbr"] == "SAS")
        #expect(diallo["game_id"] == "20220101_SAS_DET")
        // Joel Embiid, PHI, 2022-01-03: 29:47 = 1787 s, FG 12-20, 3P 1-2, FT 6-7, TOV 6, PTS 31.
        // PHI: FGA 96, FTA 17, TOV 12.
        let embiid = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2022-01-03", "Joel Embiid"]))
        // usage = 100 · (20 + 0.44·7 + 6) · 48 / (1787/60 · (96 + 0.44·17 + 12))
        //       = 100 · 29.08 · 48 / (29.7833 · 115.48) = 40.584
        #expect(embiid["usage_rate"] == 40.58)
        // true shooting = 31 / (2 · (20 + 0.44·7)) = 31 / 46.16 = 0.6716; eFG = (12 + 0.5·1) / 20
        #expect(embiid["ts_pct"] == 0.672)
        #expect(embiid["efg_pct"] == 0.625)
        #expect(embiid["minutes_played"] == 29.8)
    }

    /// 2022-01-01, SAS at DET: 24 players on the box score (12 a team, 4 did not play) and 19 on the
    /// inactive lists each get a row.
    @Test func playersWhoDidNotPlayHaveARowWithTheirReasonAndNoStats() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2022-01-01", through: "2022-01-01")
        #expect(
            try WarehouseQuery.count(
                seeded, "SELECT COUNT(*) FROM player_game_summary WHERE game_code = '202201010DET'") == 43)
        let young = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2022-01-01", "Thaddeus Young"]))
        #expect(young["is_dnp"] == true)
        #expect(young["is_active"] == false)
        #expect(young["player_status"] == "dnp")
        #expect(young["dnp_reason"] == "Did Not Play")
        #expect(young["dnp_reason_category"] == "coach_decision")
        #expect(young.isNull("points"))
        #expect(young.isNull("minutes_played"))
        #expect(young.isNull("usage_rate"))
        #expect(young["win_flag"] == false)
        let batesDiop = try #require(
            try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2022-01-01", "Keita Bates-Diop"]))
        #expect(batesDiop["dnp_reason_category"] == "injury_or_rest")
        let cade = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2022-01-01", "Cade Cunningham"]))
        #expect(cade["player_status"] == "inactive")
        #expect(cade["dnp_reason_category"] == "inactive")
        #expect(cade["is_dnp"] == true)
        #expect(cade["team_abbr"] == "DET")
        #expect(cade["opponent_team_abbr"] == "SAS")
        #expect(cade["win_flag"] == true)
        #expect(cade.isNull("points"))
    }

    /// Bol Bol, DEN, 2021-11-08: listed as played for 0:00 with 2 free-throw attempts.
    @Test func zeroMinuteAppearancesCountAsDidNotPlay() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2021-11-08", through: "2021-11-08")
        let bol = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2021-11-08", "Bol Bol"]))
        #expect(bol["is_dnp"] == true)
        #expect(bol["is_active"] == true)
        #expect(bol["dnp_reason_category"] == "no_minutes")
        #expect(bol["ft_attempts"] == 2)
        #expect(bol.isNull("usage_rate"))
        #expect(bol["usage_rate_anomaly_reason"] == "no_minutes")
    }

    /// prop_lines.csv: Anthony Davis 23.5 at DraftKings on 2021-10-31 (he scored 16) and on
    /// 2021-11-02 (27; PointsBet had 24.5, DraftKings comes first); Bojan Bogdanovic 16.5 at
    /// DraftKings, 15.5 at FanDuel and PointsBet on 2021-10-31.
    @Test func observedLinesGiveTheResultAndTheMargin() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2021-10-31", through: "2021-11-02")
        let first = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2021-10-31", "Anthony Davis"]))
        #expect(first["points"] == 16)
        #expect(first["points_line"] == 23.5)
        #expect(first["points_line_source"] == "draftkings")
        #expect(first["over_under_result"] == "UNDER")
        #expect(first["margin"] == -7.5)
        let second = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2021-11-02", "Anthony Davis"]))
        #expect(second["over_under_result"] == "OVER")
        #expect(second["margin"] == 3.5)
        let bojan = try #require(
            try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2021-10-31", "Bojan Bogdanović"]))
        #expect(bojan["points_line"] == 16.5)
        let withoutLine = try WarehouseQuery.count(
            seeded,
            "SELECT COUNT(*) FROM player_game_summary WHERE game_date = '2021-11-01' AND points_line IS NOT NULL")
        #expect(withoutLine == 0)
    }

    @Test func aPushIsNeitherOverNorUnder() {
        #expect(OverUnder.result(points: 20, line: 20) == "PUSH")
        #expect(OverUnder.result(points: 21, line: 20.5) == "OVER")
        #expect(OverUnder.result(points: 20, line: 20.5) == "UNDER")
    }

    /// Where shot zones exist (2022-23), paint + mid-range + three attempts equal the box score's
    /// field-goal attempts, except the three players whose NBA.com shot total disagrees with the
    /// box score, which carry `zone_fga_mismatch`.
    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func zoneSumsEqualFieldGoalAttemptsWhereShotZonesExist() throws {
        let seeded = try TestWarehouse.seasons2021And2022()
        try Phase3.run(seeded, from: "2022-10-18", through: "2022-10-20")
        try Phase3.run(seeded, from: "2022-12-17", through: "2022-12-17")
        // Al Horford, BOS, 2022-10-18: ra 1-0, paint_nonra 1-0, midrange 0-0, corner threes 2-1 and
        // 2-1, above the break 1-0: paint 0 of 2, mid 0 of 0, three 2 of 5; box score FGA 7, 3PA 5.
        let horford = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2022-10-18", "Al Horford"]))
        #expect(horford["paint_attempts"] == 2)
        #expect(horford["paint_makes"] == 0)
        #expect(horford["mid_range_attempts"] == 0)
        #expect(horford["three_attempts_pbp"] == 5)
        #expect(horford["three_makes_pbp"] == 2)
        #expect(horford["fg_attempts"] == 7)
        #expect(horford["has_complete_shot_zones"] == true)
        let zoned = try WarehouseQuery.count(
            seeded, "SELECT COUNT(*) FROM player_game_summary WHERE has_complete_shot_zones = 1")
        #expect(zoned > 500)
        let unequal = try WarehouseQuery.count(
            seeded,
            """
            SELECT COUNT(*) FROM player_game_summary WHERE has_complete_shot_zones = 1
                AND paint_attempts + mid_range_attempts + three_attempts_pbp != fg_attempts
                AND data_quality_issues NOT LIKE '%zone_fga_mismatch%'
            """)
        #expect(unequal == 0)
        // Rudy Gay (4 FGA, 5 in the zones) and Lauri Markkanen (13 vs 12) on 2022-12-17.
        let flagged = try WarehouseQuery.count(
            seeded, "SELECT COUNT(*) FROM player_game_summary WHERE data_quality_issues LIKE '%zone_fga_mismatch%'")
        #expect(flagged == 2)
        let shootersWithoutZones = try WarehouseQuery.count(
            seeded,
            "SELECT COUNT(*) FROM player_game_summary WHERE is_dnp = 0 AND fg_attempts > 0 AND paint_attempts IS NULL")
        #expect(shootersWithoutZones == 0)
    }

    /// 2021-22 has no shot zones: zone columns stay NULL (never zero), threes come from the box score.
    @Test func seasonWithoutShotZonesLeavesZoneColumnsNull() throws {
        let seeded = try TestWarehouse.season2021()
        try Phase3.run(seeded, from: "2022-01-03", through: "2022-01-03")
        let embiid = try #require(try WarehouseQuery.firstRow(seeded, Self.playerSQL, ["2022-01-03", "Joel Embiid"]))
        #expect(embiid.isNull("paint_attempts"))
        #expect(embiid.isNull("mid_range_attempts"))
        #expect(embiid.isNull("three_attempts_pbp"))
        #expect(embiid["has_complete_shot_zones"] == false)
        #expect(embiid["three_pt_attempts"] == 2)
        #expect(embiid["three_pt_makes"] == 1)
        #expect(embiid["data_quality_tier"] == "gold")
        #expect(embiid["data_quality_issues"] == "[\"no_shot_zones\"]")
        let zeroFilled = try WarehouseQuery.count(
            seeded, "SELECT COUNT(*) FROM player_game_summary WHERE paint_attempts IS NOT NULL")
        #expect(zeroFilled == 0)
    }
}
