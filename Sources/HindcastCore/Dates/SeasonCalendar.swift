/// Seasons as the schedule defines them: the real first regular-season day of each season, never
/// a hard-coded October date.
public struct SeasonCalendar: Sendable, Equatable {
    /// First regular-season game day of each season, by season start year (2021 = 2021-22).
    public let openingDays: [Int: GameDate]

    public init(openingDays: [Int: GameDate]) {
        self.openingDays = openingDays
    }

    /// The season a date belongs to: the newest season whose opening day is on or before it (with
    /// preseason dates from August on counting toward the coming season).
    public func seasonYear(for date: GameDate) -> Int {
        let candidates = openingDays.filter { $0.value <= date }.keys
        if let newest = candidates.max() {
            // A date after August of a later year belongs to a season the schedule lacks.
            let calendarGuess = SeasonCalendar.calendarSeasonYear(for: date)
            return max(newest, calendarGuess)
        }
        return SeasonCalendar.calendarSeasonYear(for: date)
    }

    /// The season's opening day, or `nil` when the schedule has no games for it.
    public func openingDay(ofSeason seasonYear: Int) -> GameDate? { openingDays[seasonYear] }

    /// Days from the season's opening day to `date` (0 on opening day); `nil` without a schedule.
    public func daysIntoSeason(_ date: GameDate) -> Int? {
        guard let opening = openingDays[seasonYear(for: date)] else { return nil }
        return date.days(since: opening)
    }

    /// The season start year by the calendar alone: August onward counts toward the coming season.
    public static func calendarSeasonYear(for date: GameDate) -> Int {
        let (year, month, _) = date.components
        return month >= 8 ? year : year - 1
    }

    /// `2021-22` for 2021.
    public static func seasonLabel(_ seasonYear: Int) -> String {
        let next = (seasonYear + 1) % 100
        return "\(seasonYear)-\(next < 10 ? "0" : "")\(next)"
    }
}
