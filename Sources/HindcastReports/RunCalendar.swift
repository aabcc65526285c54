import GRDB
import HindcastCore

/// The run status of every calendar day of a range, one state per day for the report's calendar:
/// from the run history (`StatusGrid`) and the game calendar, so a failed, stale or early-season
/// skipped date no longer looks like a date without rows.
public struct RunCalendar: Sendable {
    /// A day's state, worst first when a day's partitions disagree.
    public enum State: String, Sendable, CaseIterable {
        /// A partition failed, or was blocked by one that failed.
        case failed
        /// Done or skipped, but a processor version, the profile or an input changed since.
        case stale
        /// Game day that was never run and holds no pipeline rows.
        case noRows = "no rows"
        /// Features or predictions skipped because it is too early in the season.
        case skippedEarlySeason = "skipped (early season)"
        /// Some partition deliberately wrote nothing for another reason (e.g. no box scores).
        case skipped
        /// Every partition that ran is done, but some processors never ran on the date (e.g. the
        /// game summaries a later date read as history, without the predictions).
        case partlyRun = "partly run"
        /// Every processor's partition done.
        case succeeded
        /// Not a game day, nothing run.
        case noGames = "no games"

        /// Legend and cell colour.
        public var color: String {
            switch self {
            case .failed: return "#e03131"
            case .stale: return "#f59f00"
            case .noRows: return "#ffffff"
            case .skippedEarlySeason: return "#a5d8ff"
            case .skipped: return "#ced4da"
            case .partlyRun: return "#b2f2bb"
            case .succeeded: return "#2f9e44"
            case .noGames: return "#f1f3f5"
            }
        }
    }

    /// One day.
    public struct Day: Sendable, Equatable {
        public let date: GameDate
        public let state: State
        /// Partitions per status word (`done`, `synthetic`, `failed`, …).
        public let partitions: [String: Int]
        /// The first failure, stale or skip reason, to show in the tooltip.
        public let reason: String?
        /// Observed prop-line snapshots on the date.
        public let observedLines: Int
    }

    public let days: [Day]

    /// Days per state.
    public var counts: [State: Int] { Dictionary(grouping: days, by: \.state).mapValues(\.count) }

    /// Builds the calendar of `range` from the run history and the game calendar.
    public static func measure(
        _ db: Database, range: DateRange, graph: ProcessorGraph, calendar: GameCalendar, observedLines: [GameDate: Int]
    ) throws -> RunCalendar {
        let grid = try StatusGrid.measure(
            db, graph: graph, calendar: calendar, profile: nil, from: range.start, through: range.end)
        let gameDays = Set(calendar.gameDates(in: range))
        var byDate: [GameDate: [(processor: String, cell: StatusGrid.Cell)]] = [:]
        for (key, cell) in grid.cells { byDate[key.date, default: []].append((key.processorID, cell)) }
        let days = range.days.map { date -> Day in
            let cells = (byDate[date] ?? []).sorted { $0.processor < $1.processor }
            let partitions = Dictionary(grouping: cells, by: \.cell.status).mapValues(\.count)
            func first(_ statuses: Set<String>) -> (processor: String, cell: StatusGrid.Cell)? {
                cells.first { statuses.contains($0.cell.status) }
            }
            func because(_ entry: (processor: String, cell: StatusGrid.Cell)) -> String {
                "\(entry.processor): \(entry.cell.reason ?? entry.cell.status)"
            }
            let ran = Set(cells.map(\.processor))
            let state: State
            var reason: String?
            if let failed = first(["failed", "blocked"]) {
                (state, reason) = (.failed, because(failed))
            } else if let stale = first(["stale"]) {
                (state, reason) = (.stale, because(stale))
            } else if cells.isEmpty {
                state = gameDays.contains(date) ? .noRows : .noGames
            } else if let early = cells.first(where: {
                $0.cell.status == "skipped" && ($0.cell.reason ?? "").hasPrefix("early season")
            }) {
                (state, reason) = (.skippedEarlySeason, because(early))
            } else if let skipped = first(["skipped"]) {
                // A day without games whose processors all said so is simply a day without games.
                (state, reason) = (gameDays.contains(date) ? .skipped : .noGames, because(skipped))
            } else if ran.isSuperset(of: graph.ids) {
                state = .succeeded
            } else {
                state = .partlyRun
                reason = "never run on this date: " + graph.ids.filter { !ran.contains($0) }.joined(separator: ", ")
            }
            return Day(
                date: date, state: state, partitions: partitions, reason: reason,
                observedLines: observedLines[date] ?? 0)
        }
        return RunCalendar(days: days)
    }
}
