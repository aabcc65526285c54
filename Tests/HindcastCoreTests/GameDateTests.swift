import Foundation
import HindcastCore
import Testing

@Suite struct GameDateTests {
    @Test func parsesAndPrintsCalendarDays() throws {
        let date = try #require(GameDate("2022-01-07"))
        #expect(date.description == "2022-01-07")
        #expect(date.compact == "20220107")
        #expect(date.components.year == 2022 && date.components.month == 1 && date.components.day == 7)
        #expect(GameDate("1970-01-01")?.dayNumber == 0)
    }

    @Test func refusesImpossibleDates() {
        #expect(GameDate("2022-02-29") == nil)
        #expect(GameDate("2022-13-01") == nil)
        #expect(GameDate("2022-1-07") == nil)
        #expect(GameDate("2022/01/07") == nil)
        #expect(GameDate("2024-02-29") != nil)
    }

    @Test func countsDaysAcrossMonthAndYearEnds() throws {
        let newYearsEve = try #require(GameDate("2021-12-31"))
        #expect(newYearsEve.adding(days: 1).description == "2022-01-01")
        #expect(try #require(GameDate("2022-03-01")).days(since: try #require(GameDate("2022-02-27"))) == 2)
    }

    @Test func seasonYearFollowsTheScheduleOpeningDay() throws {
        let calendar = SeasonCalendar(openingDays: [2021: try #require(GameDate("2021-10-19"))])
        #expect(calendar.seasonYear(for: try #require(GameDate("2022-06-16"))) == 2021)
        #expect(calendar.daysIntoSeason(try #require(GameDate("2021-11-02"))) == 14)
        #expect(calendar.seasonYear(for: try #require(GameDate("2022-10-18"))) == 2022)
        #expect(SeasonCalendar.seasonLabel(2021) == "2021-22")
    }
}

@Suite struct TimestampTests {
    @Test func formatsUTCWithMillisecondsLikeISO8601() {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        formatter.timeZone = TimeZone(identifier: "UTC")
        for seconds in [0.0, 1_669_675_000.123, 1_764_372_840.999, 951_782_400.5, -86_400.25] {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(Timestamp.format(date) == formatter.string(from: date), "\(seconds)")
        }
    }
}

@Suite struct JSONTextTests {
    @Test func stringArraysRoundTripThroughTheFastAndTheSlowPath() {
        for values in [[], ["player_set"], ["a", "b,c", "d\"e", "f\\g", "Dončić"], ["x y", ""]] {
            #expect(JSONText.strings(JSONText.array(values)) == values, "\(values)")
        }
        #expect(JSONText.strings(#"["a", "b"]"#) == ["a", "b"])
        #expect(JSONText.strings("not json").isEmpty)
        #expect(JSONText.strings(nil).isEmpty)
    }

    @Test func arraysAreCompactJSONThatAnyDecoderReads() throws {
        #expect(JSONText.array([Int]()) == "[]")
        #expect(JSONText.array([3, -1, 22]) == "[3,-1,22]")
        #expect(JSONText.array(["a", "b"]) == #"["a","b"]"#)
        let awkward = ["line\nbreak", "tab\tand\u{01}", "quote\"", ""]
        let text = JSONText.array(awkward)
        #expect(try JSONDecoder().decode([String].self, from: Data(text.utf8)) == awkward)
    }
}
