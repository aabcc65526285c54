import GRDB
import HindcastCore

/// Each system's accuracy over the graded predictions of a trailing window strictly before a
/// date: what the ensemble weights by; and, from the same rows in the same per-day queries, its
/// betting record at the edge threshold (`edgeRecord`), what the edge-record rule decides by.
public struct TrailingAccuracy: Sendable, Equatable {
    /// One system's graded, non-voided predictions in the window.
    public struct Entry: Sendable, Equatable {
        public let graded: Int
        public let meanAbsoluteError: Double

        public init(graded: Int, meanAbsoluteError: Double) {
            self.graded = graded
            self.meanAbsoluteError = meanAbsoluteError
        }
    }

    /// First date of the window.
    public let start: GameDate
    /// Last date of the window (the day before the prediction date).
    public let end: GameDate
    /// Systems with at least one graded prediction in the window.
    public let bySystem: [String: Entry]
    /// The same window's bets at the edge threshold the window was loaded with (empty without one).
    public let edgeRecord: EdgeRecord

    public init(
        start: GameDate, end: GameDate, bySystem: [String: Entry], edgeRecord: EdgeRecord = EdgeRecord(bySystem: [:])
    ) {
        self.start = start
        self.end = end
        self.bySystem = bySystem
        self.edgeRecord = edgeRecord
    }

    /// The grades dated in `date − days ..< date`, whatever exists, and the bets among them at
    /// |predicted − line| ≥ `edgeThreshold` against an observed line (pushes are no bet). Each day's
    /// totals come from one query of that day's grades, kept in the run's `history` until a step
    /// rewrites that day's grades, so a backfill reads each day once instead of the whole window on
    /// every date.
    public static func load(
        _ db: Database, before date: GameDate, days: Int, edgeThreshold: Double,
        history: HistoryCache = HistoryCache()
    ) throws -> TrailingAccuracy {
        let start = date.adding(days: -days)
        var totals: [String: DayTotals] = [:]
        var day = start
        while day < date {
            let dayTotals = try history.dayValue(
                of: "prediction_accuracy", named: "trailing accuracy, edge \(edgeThreshold)", on: day
            ) { try DayTotals.load(db, on: day, edgeThreshold: edgeThreshold) }
            for (system, total) in dayTotals { totals[system, default: DayTotals()].add(total) }
            day = day.adding(days: 1)
        }
        var bySystem: [String: Entry] = [:]
        var records: [String: EdgeRecord.Entry] = [:]
        for (system, total) in totals {
            if total.graded > 0 {
                bySystem[system] = Entry(graded: total.graded, meanAbsoluteError: total.errorSum / Double(total.graded))
            }
            if total.bets > 0 { records[system] = EdgeRecord.Entry(bets: total.bets, won: total.won) }
        }
        return TrailingAccuracy(
            start: start, end: date.adding(days: -1), bySystem: bySystem, edgeRecord: EdgeRecord(bySystem: records))
    }
}

/// One system's graded, non-voided predictions of one or more days: how many, the sum of their
/// absolute errors (added with Neumaier's compensation, as SQLite's own sums are), and the bets.
struct DayTotals: Sendable {
    var graded = 0
    var errorSum: Double { sum + compensation }
    var bets = 0
    var won = 0
    private var sum = 0.0
    private var compensation = 0.0

    /// Adds another day's totals.
    mutating func add(_ other: DayTotals) {
        graded += other.graded
        bets += other.bets
        won += other.won
        add(error: other.errorSum)
    }

    private mutating func add(error value: Double) {
        let next = sum + value
        compensation += abs(sum) >= abs(value) ? (sum - next) + value : (value - next) + sum
        sum = next
    }

    /// Each system's totals of the grades dated `date`.
    static func load(_ db: Database, on date: GameDate, edgeThreshold: Double) throws -> [String: DayTotals] {
        let bet = """
            line_value IS NOT NULL AND actual_points IS NOT NULL AND actual_points <> line_value
                AND ABS(predicted_points - line_value) >= ?
            """
        var totals: [String: DayTotals] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT system_id, COUNT(absolute_error) AS graded, COALESCE(SUM(absolute_error), 0) AS error_sum,
                    COALESCE(SUM(\(bet)), 0) AS bets,
                    COALESCE(SUM(\(bet) AND (predicted_points > line_value) = (actual_points > line_value)), 0) AS won
                FROM prediction_accuracy
                WHERE game_date = ? AND is_voided = 0
                GROUP BY system_id
                """, arguments: [edgeThreshold, edgeThreshold, date.description])
        for row in rows {
            var total = DayTotals()
            total.graded = row["graded"]
            total.add(error: row["error_sum"])
            total.bets = row["bets"]
            total.won = row["won"]
            totals[row["system_id"]] = total
        }
        return totals
    }
}
