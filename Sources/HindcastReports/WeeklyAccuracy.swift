import GRDB
import HindcastCore

/// Mean absolute error per system and calendar week (Monday to Sunday), the season-average and line
/// baselines included (each player-date counted once), for the report's accuracy-over-time chart.
public struct WeeklyAccuracy: Sendable, Equatable {
    /// The Monday starting the week.
    public let week: GameDate
    public let system: String
    public let graded: Int
    public let meanAbsoluteError: Double

    /// The Monday on or before `date`.
    public static func monday(of date: GameDate) -> GameDate {
        // 1970-01-01 (day 0) was a Thursday, three days after a Monday.
        date.adding(days: -(((date.dayNumber + 3) % 7 + 7) % 7))
    }

    /// Weekly MAE of every system graded in `range`, ordered by week then system.
    public static func measure(_ db: Database, range: DateRange) throws -> [WeeklyAccuracy] {
        var sums: [String: [GameDate: (count: Int, sum: Double)]] = [:]
        func add(_ system: String, _ week: GameDate, _ error: Double?) {
            guard let error else { return }
            let old = sums[system, default: [:]][week] ?? (0, 0)
            sums[system, default: [:]][week] = (old.count + 1, old.sum + abs(error))
        }
        var seenPlayerDates = Set<String>()
        for grade in try GradeLine.load(db, start: range.start.description, end: range.end.description)
        where !grade.voided {
            guard let date = GameDate(grade.date) else { continue }
            let week = monday(of: date)
            add(grade.system, week, grade.signedError)
            guard seenPlayerDates.insert(grade.date + "|" + grade.player).inserted else { continue }
            if let baseline = grade.seasonAverageBaseline { add(baseline.system, week, baseline.signedError) }
            if let baseline = grade.lineBaseline { add(baseline.system, week, baseline.signedError) }
        }
        return sums.flatMap { system, weeks in
            weeks.map { week, total in
                WeeklyAccuracy(
                    week: week, system: system, graded: total.count, meanAbsoluteError: total.sum / Double(total.count))
            }
        }.sorted { ($0.week, $0.system) < ($1.week, $1.system) }
    }
}
