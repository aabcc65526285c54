import GRDB
import HindcastCore
import HindcastPredict
import Testing

/// The model's market values come only from observed snapshots of the date (prop lines and game
/// lines captured before tip-off); where there is none they are NaN, never estimated or filled in.
@Suite struct MarketFeatureTests {
    static func column(_ name: String) -> Int { PointsModelTrainer.column(of: name)! }

    @Test func theLineFeaturesAreTheDatesObservedSnapshotAndNaNWithoutOne() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let data = try warehouse.read { db in try TrainingData.load(db, range: TrainingFixture.trainingRange) }
        let (line, implied, move) = (
            Self.column("market_points_line"), Self.column("market_implied_over"),
            Self.column("market_line_move")
        )
        let november2 = GameDate("2021-11-02")!
        let davis: String = try FetchedRow.fetch(
            warehouse,
            "SELECT player_lookup FROM prop_lines WHERE game_date = '2021-11-02' AND player_name = 'Anthony Davis'")[0][
                0]
        let example = try #require(data.examples.first { $0.date == november2 && $0.playerLookup == davis })
        // DraftKings first: 23.5 at -115 / -105 → 0.5349 / (0.5349 + 0.5122) = 0.5108 without the margin.
        #expect(example.features[line] == 23.5)
        #expect(abs(example.features[implied] - 0.5108) < 0.0005)
        #expect(example.features[move].isNaN, "one snapshot: no movement")

        let withLines = Set(
            try FetchedRow.fetch(
                warehouse,
                "SELECT DISTINCT player_lookup FROM prop_lines WHERE game_date = '2021-11-02' AND \(ObservedPropLines.condition)"
            ).map { $0[0] as String })
        let sameDay = data.examples.filter { $0.date == november2 }
        #expect(sameDay.filter { !$0.features[line].isNaN }.count >= 20)
        for example in sameDay where !withLines.contains(example.playerLookup) {
            #expect(example.features[line].isNaN && example.features[implied].isNaN)
        }
        let lineDates = Set(["2021-11-02", "2021-11-08"])
        for example in data.examples where !lineDates.contains(example.date.description) {
            #expect(example.features[line].isNaN && example.features[implied].isNaN && example.features[move].isNaN)
        }
    }

    @Test func aProfileThatHidesTheDatesSnapshotsGivesTheModelNoMarketValues() throws {
        let fixture = try TrainingFixture.warehouse()
        let november2 = GameDate("2021-11-02")!
        var hidden = Profile.standard
        let shown = try fixture.warehouse.read { db in try MarketLines.visible(db, date: november2, profile: hidden) }
        #expect(shown.players.count >= 20)
        hidden.context.hideSnapshots = true
        let none = try fixture.warehouse.read { db in try MarketLines.visible(db, date: november2, profile: hidden) }
        #expect(none.players.isEmpty && none.teams.isEmpty)
    }

    @Test func anEstimatedLineOrOneCapturedAfterTipOffNeverBecomesAFeature() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let copy = { (date: String, tipoff: String, captured: String) in
            """
            INSERT INTO prop_lines (game_date, tipoff_utc, player_name, player_lookup, universal_player_id, team_tricode,
                opp_tricode, is_home, bookmaker, market, line, over_price, under_price, captured_at, match_status, game_code)
            SELECT '\(date)', '\(tipoff)', player_name, player_lookup, universal_player_id, team_tricode, opp_tricode,
                is_home, bookmaker, market, line, over_price, under_price, '\(captured)', match_status, game_code
            FROM prop_lines WHERE game_date = '2021-11-02' AND bookmaker = 'draftkings'
            """
        }
        try warehouse.write { db in
            // After tip-off on the 10th, before it on the 12th; estimated lines for everyone on the 10th.
            try db.execute(sql: copy("2021-11-10", "2021-11-11T00:00:00Z", "2021-11-11T01:00:00Z"))
            try db.execute(sql: copy("2021-11-12", "2021-11-13T00:00:00Z", "2021-11-12T20:00:00Z"))
            try db.execute(
                sql:
                    "UPDATE upcoming_player_game_context SET estimated_points_line = 20.5 WHERE game_date = '2021-11-10'"
            )
        }
        let data = try warehouse.read { db in try TrainingData.load(db, range: TrainingFixture.trainingRange) }
        let line = Self.column("market_points_line")
        let players = Set(
            try FetchedRow.fetch(
                warehouse,
                "SELECT player_lookup FROM prop_lines WHERE game_date = '2021-11-02' AND bookmaker = 'draftkings'"
            ).map { $0[0] as String })
        let tenth = data.examples.filter { $0.date.description == "2021-11-10" }
        let twelfth = data.examples.filter { $0.date.description == "2021-11-12" && players.contains($0.playerLookup) }
        #expect(tenth.filter { players.contains($0.playerLookup) }.count >= 5)
        #expect(tenth.allSatisfy { $0.features[line].isNaN })
        #expect(twelfth.count >= 5)
        #expect(twelfth.allSatisfy { !$0.features[line].isNaN }, "captured before tip-off: observed")
    }

    @Test func gameLinesGiveTheTeamsSpreadTotalAndImpliedPoints() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let game = try FetchedRow.fetch(
            warehouse,
            "SELECT game_code, home_tricode, away_tricode FROM schedule WHERE game_date = '2021-11-10' ORDER BY game_code LIMIT 1"
        )[0]
        let (code, home, away): (String, String, String) = (game[0], game[1], game[2])
        try warehouse.write { db in
            for (market, side, point) in [("spread", home, -5.5), ("spread", away, 5.5), ("total", "OVER", 220.0)] {
                try db.execute(
                    sql: """
                        INSERT INTO game_lines (game_date, game_code, bookmaker, market, team_tricode, point, captured_at)
                        VALUES ('2021-11-10', ?, 'consensus_close', ?, ?, ?, '2021-11-10T23:55:00Z')
                        """, arguments: [code, market, side, point])
            }
        }
        let data = try warehouse.read { db in try TrainingData.load(db, range: TrainingFixture.trainingRange) }
        let (spread, total, implied) = (
            Self.column("market_spread"), Self.column("market_game_total"),
            Self.column("market_team_implied_points")
        )
        let teams = try FetchedRow.fetch(
            warehouse, "SELECT player_lookup, team_abbr FROM ml_feature_store WHERE game_date = '2021-11-10'"
        ).reduce(into: [String: String]()) { $0[$1[0]] = $1[1] as String }
        let tenth = data.examples.filter { $0.date.description == "2021-11-10" }
        let homePlayers = tenth.filter { teams[$0.playerLookup] == home }
        let awayPlayers = tenth.filter { teams[$0.playerLookup] == away }
        #expect(!homePlayers.isEmpty && !awayPlayers.isEmpty)
        for example in homePlayers {
            #expect(example.features[spread] == -5.5 && example.features[total] == 220)
            #expect(example.features[implied] == 112.75)
        }
        for example in awayPlayers { #expect(example.features[implied] == 107.25) }
        for example in tenth where teams[example.playerLookup] != home && teams[example.playerLookup] != away {
            #expect(example.features[spread].isNaN && example.features[total].isNaN && example.features[implied].isNaN)
        }
    }
}
