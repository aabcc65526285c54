/// One bookmaker's over/under offer on a player's points, as scraped before tip-off.
public struct PropLineQuote: Sendable, Equatable {
    public let bookmaker: String
    public let line: Double
    public let overPrice: Int?
    public let underPrice: Int?

    public init(bookmaker: String, line: Double, overPrice: Int?, underPrice: Int?) {
        self.bookmaker = bookmaker
        self.line = line
        self.overPrice = overPrice
        self.underPrice = underPrice
    }

    /// How far the two sides' implied probabilities are from each other; the main line of a
    /// book is the one closest to even (alternate lines are lopsided).
    var imbalance: Double {
        guard let overPrice, let underPrice else { return 1 }
        return abs(PropLineQuote.probability(overPrice) - PropLineQuote.probability(underPrice))
    }

    /// Implied probability of American odds.
    static func probability(_ price: Int) -> Double {
        price < 0 ? Double(-price) / Double(-price + 100) : 100 / Double(price + 100)
    }
}

/// The single line the pipeline uses for a player and date: the preferred bookmaker's main line.
public struct PropLineChoice: Sendable, Equatable {
    public let line: Double
    public let bookmaker: String
    /// How many bookmakers offered a line.
    public let bookmakerCount: Int
}

/// Chooses one observed line per player and date, the same way everywhere (game summaries,
/// context, features): bookmakers in the profile's priority order (DraftKings, FanDuel, then the
/// rest alphabetically); within a bookmaker, the main line (most even prices), then the lower line.
public enum PropLineSelection {
    public static func choose(_ quotes: [PropLineQuote], priority: [String]) -> PropLineChoice? {
        guard !quotes.isEmpty else { return nil }
        let best = quotes.min { lhs, rhs in
            let (l, r) = (rank(lhs.bookmaker, priority: priority), rank(rhs.bookmaker, priority: priority))
            if l != r { return l < r }
            if lhs.imbalance != rhs.imbalance { return lhs.imbalance < rhs.imbalance }
            return lhs.line < rhs.line
        }!
        return PropLineChoice(
            line: best.line, bookmaker: best.bookmaker, bookmakerCount: Set(quotes.map(\.bookmaker)).count)
    }

    /// A bookmaker's place in the preference order: its position in `priority` (unlisted books
    /// after every listed one), then its name.
    public static func rank(_ bookmaker: String, priority: [String]) -> (Int, String) {
        (priority.firstIndex(of: bookmaker) ?? priority.count, bookmaker)
    }
}
