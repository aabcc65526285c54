import HindcastStore
import HindcastTestSupport
import Testing

/// Hand-computed history fields for named players on named dates (from the bundled box scores).
@Suite(.serialized) struct HistoryFieldTests {
    static let dates = ["2022-01-05", "2022-01-27", "2022-02-12", "2022-02-16", "2022-02-24", "2022-02-25"]

    static let warehouse: SeededWarehouse = {
        let seeded = try! TestWarehouse.season2021()
        for date in dates {
            try! PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
        }
        return seeded
    }()

    func player(_ date: String, _ lookup: String) throws -> [String: String] {
        try #require(try ContextRow.player(Self.warehouse.warehouse, date, lookup), "no row for \(lookup) on \(date)")
    }

    @Test func daysRestAcrossABackToBackIsOne() throws {
        // Jokić played 02-08, 02-11 and again 2022-02-12.
        let row = try player("2022-02-12", "nikolajokic")
        #expect(row["days_rest"] == "1")
        #expect(row["back_to_back"] == "1")
        #expect(row["days_rest_before_last_game"] == "3")
    }

    @Test func daysRestAcrossTheAllStarBreakCountsCalendarDays() throws {
        // Dončić's last game before the break was 2022-02-17; he returned on 2022-02-25: 8 days.
        let luka = try player("2022-02-25", "lukadoncic")
        #expect(luka["days_rest"] == "8")
        #expect(luka["back_to_back"] == "0")
        // Curry: 2022-02-16, then 2022-02-24: 8 days; the game before (02-14 → 02-16) had 2 days.
        let curry = try player("2022-02-24", "stephencurry")
        #expect(curry["days_rest"] == "8")
        #expect(curry["days_rest_before_last_game"] == "2")
    }

    @Test func gamesInTheLastSevenDaysCountPlayedGamesOnly() throws {
        // Jokić before 2022-02-16, within 02-10..02-15: 02-11, 02-12, 02-14.
        let row = try player("2022-02-16", "nikolajokic")
        #expect(row["games_in_last_7_days"] == "3")
        // Back-to-backs in the last 14 days: (02-11, 02-12).
        #expect(row["back_to_backs_last_14_days"] == "1")
    }

    @Test func pointsAverageOverFivePlayedGamesSkipsADNP() throws {
        // Wiggins before 2022-01-05: 01-03 22, 01-01 25, 12-28 21, (12-18 Not With Team), 12-17 27,
        // 12-14 18 → (22 + 25 + 21 + 27 + 18) / 5 = 22.6.
        let row = try player("2022-01-05", "andrewwiggins")
        #expect(row["points_avg_last_5"] == "22.6")
        #expect(row["l5_games_used"] == "5")
        #expect(row["l5_sample_quality"] == "excellent")
    }

    @Test func starTeammatesOutComeFromTheOfficialInactiveList() throws {
        // 2022-01-27, LAL at PHI: LeBron James inactive (36 games, 29.1 points per game before the date).
        let row = try player("2022-01-27", "russellwestbrook")
        #expect(row["star_teammates_out"] == "1")
        #expect(row["star_teammates_out_names"] == #"["lebronjames"]"#)
        // Seth Curry was inactive for PHI: 40 games, 15.8 points and 34.8 minutes per game (28+ minutes, 12+ points).
        let opponent = try player("2022-01-27", "joelembiid")
        #expect(opponent["star_teammates_out"] == "1")
        #expect(opponent["star_teammates_out_names"] == #"["sethcurry"]"#)
    }

    @Test func everyRowOfAHistoricalDateIsSyntheticAndSaysWhy() throws {
        let row = try player("2022-01-05", "andrewwiggins")
        #expect(row["context_origin"] == "synthetic")
        #expect(row["synthesis_reason"] == "no_context")
        #expect(row["player_set_source"] == "boxscore")
        #expect(row["current_points_line"] == "NULL")
        #expect(row["synthetic_fields"]?.contains("\"player_set\"") == true)
        #expect(row["synthetic_fields"]?.contains("\"current_points_line\"") == true)
    }
}
