import GRDB
import HindcastCore

/// Each system's accuracy over the graded predictions of a trailing window strictly before a
/// date: what the ensemble weights by.
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
    public let bySystem: [String: Entry]

    public init(start: GameDate, end: GameDate, bySystem: [String: Entry]) {
        self.start = start
        self.end = end
        self.bySystem = bySystem
    }

    /// The grades dated in `date − days ..< date`, whatever exists.
    static func load(_ db: Database, before date: GameDate, days: Int) throws -> TrailingAccuracy {
        let start = date.adding(days: -days)
        var bySystem: [String: Entry] = [:]
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT system_id, COUNT(*), AVG(absolute_error) FROM prediction_accuracy
                WHERE game_date >= ? AND game_date < ? AND is_voided = 0 AND absolute_error IS NOT NULL
                GROUP BY system_id ORDER BY system_id
                """, arguments: [start.description, date.description])
        for row in rows {
            bySystem[row[0]] = Entry(graded: row[1], meanAbsoluteError: row[2])
        }
        return TrailingAccuracy(start: start, end: date.adding(days: -1), bySystem: bySystem)
    }
}
