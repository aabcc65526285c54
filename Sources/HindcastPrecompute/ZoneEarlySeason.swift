import HindcastCore

/// Minimum sample sizes while a season is young, measured from the schedule's real opening day
/// (never a hard-coded October date).
enum ZoneEarlySeason {
    /// Days after the opening day during which the relaxed minimums apply.
    static let relaxedDays = 21

    /// Team defence: min(5 + days // 3, 14) through day 21, then 15.
    static func teamMinimumGames(daysIntoSeason days: Int?) -> Int {
        guard let days, days <= relaxedDays else { return 15 }
        return min(5 + max(0, days) / 3, 14)
    }

    /// Player shot zones: min(3 + days // 3, 9) through day 21, then 10.
    static func playerMinimumGames(daysIntoSeason days: Int?) -> Int {
        guard let days, days <= relaxedDays else { return 10 }
        return min(3 + max(0, days) / 3, 9)
    }

    /// The first day of `date`'s season (the schedule's opening day) and the season year.
    static func season(of date: GameDate, in seasons: SeasonCalendar) -> (year: Int, opening: GameDate?) {
        let year = seasons.seasonYear(for: date)
        return (year, seasons.openingDay(ofSeason: year))
    }
}
