import GRDB
import HindcastCore

/// Each system's walk-forward betting record in a trailing window strictly before a date: its
/// graded predictions against observed lines whose |edge| reached the profile's threshold, as
/// bets on the edge's side (pushes are no bet). What decides whether its edge is worth taking.
public struct EdgeRecord: Sendable, Equatable {
    /// One system's bets in the window.
    public struct Entry: Sendable, Equatable {
        public let bets: Int
        public let won: Int

        public init(bets: Int, won: Int) {
            self.bets = bets
            self.won = won
        }

        /// Won / bets, `nil` without bets.
        public var hitRate: Double? { bets == 0 ? nil : Double(won) / Double(bets) }

        /// At least `edge_record_minimum_bets` bets, won at `edge_record_break_even` or better.
        public func pays(_ settings: PredictionSettings) -> Bool {
            bets >= settings.edgeRecordMinimumBets && (hitRate ?? 0) >= settings.edgeRecordBreakEven
        }
    }

    public let bySystem: [String: Entry]

    public init(bySystem: [String: Entry]) { self.bySystem = bySystem }

    /// The bets dated in `date − days ..< date` at |predicted − line| ≥ `threshold`.
    static func load(_ db: Database, before date: GameDate, days: Int, threshold: Double) throws -> EdgeRecord {
        var bySystem: [String: Entry] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT system_id, COUNT(*), SUM((predicted_points > line_value) = (actual_points > line_value))
                FROM prediction_accuracy
                WHERE game_date >= ? AND game_date < ? AND is_voided = 0 AND line_value IS NOT NULL
                    AND actual_points IS NOT NULL AND actual_points <> line_value
                    AND ABS(predicted_points - line_value) >= ?
                GROUP BY system_id ORDER BY system_id
                """, arguments: [date.adding(days: -days).description, date.description, threshold])
        {
            bySystem[row[0]] = Entry(bets: row[1], won: row[2])
        }
        return EdgeRecord(bySystem: bySystem)
    }
}
