import GRDB

/// The game days the warehouse knows: scheduled dates, the dates with box scores, and seasons.
public struct GameCalendar: Sendable {
    /// Every date with at least one scheduled game, ascending.
    public let gameDates: [GameDate]
    /// Dates whose games have imported box scores.
    public let boxscoreDates: Set<GameDate>
    public let seasons: SeasonCalendar

    public init(gameDates: [GameDate], boxscoreDates: Set<GameDate>, seasons: SeasonCalendar) {
        self.gameDates = gameDates.sorted()
        self.boxscoreDates = boxscoreDates
        self.seasons = seasons
    }

    /// Reads the calendar from the schedule and box-score tables.
    public static func load(_ db: Database) throws -> GameCalendar {
        let scheduled = try String.fetchAll(db, sql: "SELECT DISTINCT game_date FROM schedule ORDER BY game_date")
        let boxscores = try String.fetchAll(db, sql: "SELECT DISTINCT game_date FROM player_boxscores")
        let openings = try Row.fetchAll(
            db,
            sql: """
                SELECT season_year, MIN(game_date) AS opening FROM schedule
                WHERE season_type IN ('Regular Season', 'NBA Cup Final') GROUP BY season_year
                """)
        var openingDays: [Int: GameDate] = [:]
        for row in openings {
            if let date = GameDate(row["opening"] as String) { openingDays[row["season_year"]] = date }
        }
        return GameCalendar(
            gameDates: scheduled.compactMap { GameDate($0) },
            boxscoreDates: Set(boxscores.compactMap { GameDate($0) }),
            seasons: SeasonCalendar(openingDays: openingDays))
    }

    /// Scheduled game days inside the range.
    public func gameDates(in range: DateRange) -> [GameDate] {
        slice(from: range.start, through: range.end)
    }

    /// Scheduled game days strictly before `date`: within `days` calendar days, or from the
    /// opening day of `date`'s season when `days` is `nil`.
    public func gameDates(before date: GameDate, days: Int?) -> [GameDate] {
        let start = historyStart(before: date, days: days)
        guard start < date else { return [] }
        return slice(from: start, through: date.adding(days: -1))
    }

    /// The first calendar day of the history before `date`: `days` back, or the opening day of
    /// `date`'s season when `days` is `nil` (`date` itself when the schedule has no such season).
    func historyStart(before date: GameDate, days: Int?) -> GameDate {
        if let days { return date.adding(days: -days) }
        return seasons.openingDay(ofSeason: seasons.seasonYear(for: date)) ?? date
    }

    private func slice(from start: GameDate, through end: GameDate) -> [GameDate] {
        guard start <= end else { return [] }
        let lower = gameDates.partitionPoint { $0 < start }
        let upper = gameDates.partitionPoint { $0 <= end }
        return Array(gameDates[lower..<upper])
    }
}
