import GRDB
import HindcastCore
import HindcastTestSupport
import Testing

@testable import HindcastContext

/// The 2022-23 games abroad: MIA at SAS in Mexico City (2022-12-17) and CHI at DET in Paris
/// (2023-01-19). Travel and time zones run to and from the arena where the game was played;
/// `home_game` and road-game runs follow the league's designation (SAS and DET at home).
///
/// Great-circle miles between the arenas: San Antonio–Mexico City 688, Houston–Mexico City 749,
/// Mexico City–Miami 1,285, Detroit–Paris 3,933, Chicago–Paris 4,136 (Chicago–Detroit is 239: what
/// CHI was charged when the Paris game was placed in Detroit, and DET 0).
@Suite(.serialized) struct NeutralSiteTravelTests {
    static let dates = ["2022-12-17", "2022-12-19", "2022-12-20", "2023-01-19", "2023-01-23"]

    static let warehouse: SeededWarehouse = {
        let seeded = try! TestWarehouse.seasons2021And2022()
        for date in dates {
            try! PipelineRun.run(
                seeded.warehouse, from: date, through: date, processors: ["upcoming_team_game_context"])
        }
        return seeded
    }()

    func team(_ date: String, _ team: String) throws -> [String: String] {
        try #require(try ContextRow.team(Self.warehouse.warehouse, date, team), "no row for \(team) on \(date)")
    }

    /// The schedule fields of `team` on `date` from the context loader and calculator.
    func fields(_ date: String, _ team: String) throws -> TeamScheduleFields {
        let day = GameDate(date)!
        let games = try Self.warehouse.warehouse.read { db in
            try ContextDay.teamGames(db, date: day, season: SeasonCalendar.calendarSeasonYear(for: day))[team] ?? []
        }
        let current = try #require(games.first { $0.date == day }, "\(team) has no game on \(date)")
        return TeamScheduleFields(current: current, earlier: games)
    }

    @Test func theMexicoCityGameIsTravelledToAndFromMexicoCity() throws {
        let spurs = try team("2022-12-17", "SAS")
        #expect(spurs["home_game"] == "1")
        #expect(spurs["consecutive_road_games"] == "0")
        #expect(spurs["travel_miles"] == "688")  // from their 12-14 home game
        let heat = try team("2022-12-17", "MIA")
        #expect(heat["home_game"] == "0")
        #expect(heat["travel_miles"] == "749")  // from Houston (12-15)
        #expect(try team("2022-12-19", "SAS")["travel_miles"] == "749")  // Mexico City to Houston
        #expect(try team("2022-12-20", "MIA")["travel_miles"] == "1285")  // Mexico City to Miami
        #expect(try fields("2022-12-17", "SAS").travelMiles == 688)
        #expect(try fields("2022-12-17", "SAS").timeZoneChanges == 0)
        #expect(try fields("2022-12-20", "MIA").timeZoneChanges == 1)
    }

    @Test func theParisGameIsTravelledToAndFromParisAcrossSixOrSevenTimeZones() throws {
        let pistons = try team("2023-01-19", "DET")
        #expect(pistons["home_game"] == "1")
        #expect(pistons["consecutive_road_games"] == "0")
        #expect(pistons["travel_miles"] == "3933")
        let bulls = try team("2023-01-19", "CHI")
        #expect(bulls["home_game"] == "0")
        #expect(bulls["consecutive_road_games"] == "1")
        #expect(bulls["travel_miles"] == "4136")
        #expect(try team("2023-01-23", "DET")["travel_miles"] == "3933")
        #expect(try team("2023-01-23", "CHI")["travel_miles"] == "4136")
        let pistonsBack = try team("2023-01-23", "DET")
        #expect(Int(pistonsBack["miles_traveled_last_14_days"] ?? "") ?? 0 >= 2 * 3933)
        #expect(try fields("2023-01-19", "DET").timeZoneChanges == 6)
        #expect(try fields("2023-01-19", "CHI").timeZoneChanges == 7)
        #expect(try fields("2023-01-23", "CHI").timeZoneChanges == 7)
    }

    @Test func everyOtherGameOfTheSeasonIsPlayedInTheHomeTeamsArena() throws {
        let venues = try Self.warehouse.warehouse.read { db in
            try ContextDay.teamGames(db, date: GameDate("2023-04-09")!, season: 2022)
        }
        var neutral: [String] = []
        for (team, games) in venues {
            for game in games where game.isHome && game.venue != TeamDirectory.team(tricode: team)!.venue {
                neutral.append("\(game.date) \(game.venue.name)")
            }
        }
        #expect(neutral.sorted() == ["2022-12-17 Mexico City Arena", "2023-01-19 AccorHotels Arena"])
    }
}
