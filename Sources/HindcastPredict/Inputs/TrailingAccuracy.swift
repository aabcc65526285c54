import GRDB
import HindcastCore

/// Each system's accuracy over the graded predictions of a trailing window strictly before a
/// date: what the ensemble weights by; and, from the same rows in the same query, its betting
/// record at the edge threshold (`edgeRecord`), what the edge-record rule decides by.
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
    /// |predicted − line| ≥ `edgeThreshold` against an observed line (pushes are no bet): one query.
    public static func load(
        _ db: Database, before date: GameDate, days: Int, edgeThreshold: Double
    ) throws -> TrailingAccuracy {
        let start = date.adding(days: -days)
        var bySystem: [String: Entry] = [:]
        var records: [String: EdgeRecord.Entry] = [:]
        let bet = """
            line_value IS NOT NULL AND actual_points IS NOT NULL AND actual_points <> line_value
                AND ABS(predicted_points - line_value) >= ?
            """
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT system_id, COUNT(absolute_error) AS graded,
                    COALESCE(AVG(absolute_error), 0) AS mean_absolute_error, COALESCE(SUM(\(bet)), 0) AS bets,
                    COALESCE(SUM(\(bet) AND (predicted_points > line_value) = (actual_points > line_value)), 0) AS won
                FROM prediction_accuracy
                WHERE game_date >= ? AND game_date < ? AND is_voided = 0
                GROUP BY system_id ORDER BY system_id
                """, arguments: [edgeThreshold, edgeThreshold, start.description, date.description])
        for row in rows {
            let system: String = row["system_id"]
            let graded: Int = row["graded"]
            let bets: Int = row["bets"]
            if graded > 0 { bySystem[system] = Entry(graded: graded, meanAbsoluteError: row["mean_absolute_error"]) }
            if bets > 0 { records[system] = EdgeRecord.Entry(bets: bets, won: row["won"]) }
        }
        return TrailingAccuracy(
            start: start, end: date.adding(days: -1), bySystem: bySystem, edgeRecord: EdgeRecord(bySystem: records))
    }
}
