import GRDB
import HindcastCore
import HindcastStore

/// The market's view of one player's game before tip-off, read from observed snapshots only:
/// the imported `prop_lines` (points market, matched, captured before tip-off) and `game_lines`
/// (captured before tip-off, by the rule context uses too: `ObservedGameLines`). Every value is
/// NaN when no snapshot holds it; nothing is estimated or filled in.
public struct MarketFeatures: Sendable, Equatable {
    /// The chosen points line (preferred bookmaker's main line).
    public var line: Double = .nan
    /// The over's implied probability with the margin removed: p(over) / (p(over) + p(under)).
    public var impliedOver: Double = .nan
    /// The chosen bookmaker's line minus its earliest captured line, when it has snapshots at two
    /// or more capture times.
    public var lineMove: Double = .nan
    /// The player's team's spread (negative for the favourite).
    public var spread: Double = .nan
    /// The game's total.
    public var total: Double = .nan
    /// The team's implied points: total / 2 − spread / 2.
    public var teamImplied: Double = .nan

    /// Every value missing.
    public static let none = MarketFeatures()

    public init() {}

    /// Feature names, in `values` order, as the model lists them after the catalog's features.
    public static let names = [
        "market_points_line", "market_implied_over", "market_line_move", "market_spread", "market_game_total",
        "market_team_implied_points",
    ]

    /// The values in `names` order.
    public var values: [Double] { [line, impliedOver, lineMove, spread, total, teamImplied] }

    /// Whether there is an observed points line.
    public var hasLine: Bool { !line.isNaN }
}

/// The observed market snapshots of one date, by player and by team.
public struct MarketLines: Sendable {
    /// Points-line values by `player_lookup`.
    public let players: [String: MarketFeatures]
    /// Spread, total and implied points by team tricode.
    public let teams: [String: MarketFeatures]

    public init(players: [String: MarketFeatures] = [:], teams: [String: MarketFeatures] = [:]) {
        self.players = players
        self.teams = teams
    }

    /// The market features of a player of `team` on the date (NaN for whatever no snapshot holds).
    public func features(player: String, team: String?) -> MarketFeatures {
        var result = players[player] ?? .none
        if let team, let game = teams[team] {
            result.spread = game.spread
            result.total = game.total
            result.teamImplied = game.teamImplied
        }
        return result
    }

    /// Bookmakers preferred for the points line, as the profile's default order.
    public static let bookmakerPriority = ["draftkings", "fanduel"]

    /// Loads `date`'s snapshots: only rows dated `date` and captured before tip-off.
    public static func load(_ db: Database, date: GameDate) throws -> MarketLines {
        MarketLines(players: try playerLines(db, date: date), teams: try gameLines(db, date: date))
    }

    /// The snapshots a prediction for `date` may use under `profile`: none when the profile hides
    /// the date's snapshots (`context.hide_snapshots`, fidelity's synthetic side, which predicts as
    /// if no snapshot of the date had been taken), else `load(_:date:)`.
    public static func visible(_ db: Database, date: GameDate, profile: Profile) throws -> MarketLines {
        profile.context.hideSnapshots ? MarketLines() : try load(db, date: date)
    }

    private struct Snapshot {
        let quote: PropLineQuote
        let capturedAt: String?
    }

    /// The `prop_lines` columns a quote is read from.
    static let propLineColumns = ColumnSelection<PropLinesColumn>([
        .playerLookup, .bookmaker, .line, .overPrice, .underPrice, .capturedAt,
    ])

    /// The `game_lines` columns a spread or total is read from.
    static let gameLineColumns = ColumnSelection<GameLinesColumn>([.gameCode, .market, .teamTricode, .point])

    private static func playerLines(_ db: Database, date: GameDate) throws -> [String: MarketFeatures] {
        var snapshots: [String: [Snapshot]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(propLineColumns.sql) FROM prop_lines
                WHERE game_date = ? AND \(ObservedPropLines.condition)
                ORDER BY player_lookup, bookmaker, line, tipoff_utc, captured_at
                """, arguments: [date.description])
        while let row = try rows.next() {
            let column = propLineColumns.index
            let quote = PropLineQuote(
                bookmaker: row[column(.bookmaker)], line: row[column(.line)], overPrice: row[column(.overPrice)],
                underPrice: row[column(.underPrice)])
            snapshots[row[column(.playerLookup)], default: []].append(
                Snapshot(quote: quote, capturedAt: row[column(.capturedAt)]))
        }
        var result: [String: MarketFeatures] = [:]
        for (player, list) in snapshots {
            let captures = Set(list.compactMap(\.capturedAt))
            let latest = captures.max()
            // The current offer: the latest capture's quotes (every quote when none says when).
            let current = latest.map { time in list.filter { $0.capturedAt == time || $0.capturedAt == nil } } ?? list
            guard let choice = PropLineSelection.choose(current.map(\.quote), priority: bookmakerPriority) else {
                continue
            }
            var features = MarketFeatures()
            features.line = choice.line
            let chosen = current.first { $0.quote.bookmaker == choice.bookmaker && $0.quote.line == choice.line }
            if let over = chosen?.quote.overPrice, let under = chosen?.quote.underPrice {
                let (pOver, pUnder) = (probability(over), probability(under))
                features.impliedOver = pOver / (pOver + pUnder)
            }
            let book = list.filter { $0.quote.bookmaker == choice.bookmaker && $0.capturedAt != nil }
            if Set(book.compactMap(\.capturedAt)).count >= 2,
                let earliest = book.min(by: { $0.capturedAt! < $1.capturedAt! })
            {
                let opening = book.filter { $0.capturedAt == earliest.capturedAt }.map(\.quote)
                if let open = PropLineSelection.choose(opening, priority: [choice.bookmaker]) {
                    features.lineMove = choice.line - open.line
                }
            }
            result[player] = features
        }
        return result
    }

    private static func gameLines(_ db: Database, date: GameDate) throws -> [String: MarketFeatures] {
        // The latest pre-tip-off snapshot per game, market and side, bookmakers in name order.
        var spreads: [String: (game: String, point: Double)] = [:]
        var totals: [String: Double] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT \(gameLineColumns.sql) FROM game_lines
                WHERE game_date = ? AND \(ObservedGameLines.condition())
                ORDER BY bookmaker DESC, captured_at, game_code, market, team_tricode
                """, arguments: [date.description])
        {
            let column = gameLineColumns.index
            let game: String = row[column(.gameCode)]
            let market: String = row[column(.market)]
            let point: Double = row[column(.point)]
            if market == "spread" {
                spreads[row[column(.teamTricode)]] = (game, point)
            } else if market == "total" {
                totals[game] = point
            }
        }
        var result: [String: MarketFeatures] = [:]
        for (team, spread) in spreads {
            var features = MarketFeatures()
            features.spread = spread.point
            if let total = totals[spread.game] {
                features.total = total
                features.teamImplied = total / 2 - spread.point / 2
            }
            result[team] = features
        }
        return result
    }

    /// Implied probability of American odds.
    static func probability(_ price: Int) -> Double {
        price < 0 ? Double(-price) / Double(-price + 100) : 100 / Double(price + 100)
    }
}
