import HindcastCore

/// Each system's walk-forward betting record in a trailing window strictly before a date: its
/// graded predictions against observed lines whose |edge| reached the profile's threshold, as
/// bets on the edge's side (pushes are no bet). What decides whether its edge is worth taking;
/// loaded with the ensemble's trailing accuracy from the same reads (`TrailingAccuracy.edgeRecord`).
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
}
