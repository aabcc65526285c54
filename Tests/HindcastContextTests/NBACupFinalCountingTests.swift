import GRDB
import HindcastCore
import HindcastTestSupport
import Testing

@testable import HindcastContext

/// How the NBA Cup final counts, on the real game (IND at LAL, designated home, in Las Vegas,
/// 2023-12-09, 109-123): a played game for rest, load, recent form and travel; not a
/// regular-season game for season averages, games played or the standings.
@Suite(.serialized) struct NBACupFinalCountingTests {
    static let finalDate = "2023-12-09"
    /// The Lakers' next game, at Dallas on 2023-12-12 (not in the fixture: only its date and venue
    /// are used, as the schedule would give them before tip-off).
    static let nextDate = GameDate("2023-12-12")!

    static let warehouse: SeededWarehouse = {
        let seeded = try! TestWarehouse.nbaCupFinal()
        try! PipelineRun.run(
            seeded.warehouse, from: finalDate, through: finalDate,
            processors: [
                "player_game_summary", "team_offense_game_summary", "team_defense_game_summary",
                "upcoming_team_game_context", "upcoming_player_game_context",
            ])
        return seeded
    }()

    @Test func theFinalGetsGameSummariesAndContextLabelledAsTheCupFinal() throws {
        let warehouse = Self.warehouse.warehouse
        let summaries = try warehouse.read { db in
            try Row.fetchAll(
                db, sql: "SELECT season_type, COUNT(*) FROM player_game_summary WHERE game_date = ? GROUP BY 1",
                arguments: [Self.finalDate]
            ).map { "\($0[0] as String) \($0[1] as Int)" }
        }
        #expect(summaries == ["NBA Cup Final 34"])  // 28 on the box score, 6 on the inactive list
        let lakers = try #require(try ContextRow.team(warehouse, Self.finalDate, "LAL"))
        #expect(lakers["season_type"] == "NBA Cup Final")
        #expect(lakers["home_game"] == "1")
        #expect(try ContextRow.team(warehouse, Self.finalDate, "IND")?["home_game"] == "0")
        let lebron = try #require(try ContextRow.player(warehouse, Self.finalDate, "lebronjames"))
        #expect(lebron["season_phase"] == "mid")
    }

    @Test func aLaterDateSeesTheFinalForRestLoadAndFormButNotInSeasonAverages() throws {
        let games = try Self.warehouse.warehouse.read { db in
            var games: [PlayerGameLogEntry] = []
            try PlayerGameLog.read(db, from: GameDate("2023-10-01")!, before: Self.nextDate) { entry in
                if entry.playerLookup == "lebronjames" { games.append(entry) }
            }
            return games
        }
        #expect(games.count == 1)
        let history = PlayerHistoryFields(date: Self.nextDate, games: games)
        #expect(history.daysRest == 3)
        #expect(history.gamesInLast7Days == 1)
        #expect(history.minutesInLast7Days == 34)
        #expect(history.pointsAvgLast5 == 24)
        #expect(history.gamesPlayedSeason == 0)
        #expect(history.usageRateSeason == nil)
        let summary = ScoringSummary(games)
        #expect(summary.pointsAvgLast5 == 24)
        #expect(summary.pointsAvgLast10 == 24)
        #expect(summary.gamesPlayed == 0)
        #expect(summary.pointsAvgSeason == nil)
        #expect(summary.minutesAvgSeason == nil)
    }

    @Test func aLaterDateSeesTheFinalForRestAndTravelButNotInTheStandings() throws {
        let games = try Self.warehouse.warehouse.read { db in
            try ContextDay.teamGames(db, date: Self.nextDate, season: 2023)["LAL"] ?? []
        }
        let final = try #require(games.first)
        #expect(final.venue.name == "T-Mobile Arena")
        #expect(!final.countsInStandings)
        let dallas = TeamDirectory.team(tricode: "DAL")!
        let next = TeamGame(
            date: Self.nextDate, gameCode: "202312120DAL", opponent: "DAL", isHome: false, venue: dallas.venue,
            points: nil, opponentPoints: nil)
        let fields = TeamScheduleFields(current: next, earlier: games)
        #expect(fields.daysRest == 3)
        #expect(fields.gamesInLast7Days == 1)
        #expect(fields.lastGameResult == "W")
        #expect(fields.lastGameMargin == 14)
        #expect(fields.winStreakEntering == 1)
        #expect(fields.winsEntering == 0)
        #expect(fields.lossesEntering == 0)
        #expect(fields.gameNumberInSeason == 1)
        // Las Vegas to Dallas, not Los Angeles to Dallas (1,238 miles).
        #expect(fields.travelMiles == 1070)
        #expect(fields.timeZoneChanges == 2)
    }
}
