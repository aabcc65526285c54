import GRDB
import HindcastCore
import HindcastStore

/// The observed player-points lines of one day, per player, chosen the one shared way
/// (`PropLineSelection`).
struct ObservedLines: Sendable {
    struct Entry: Sendable {
        let choice: PropLineChoice
        let fingerprint: Fingerprint
    }

    /// By universal player id.
    let byPlayer: [String: Entry]

    /// The prop-line columns read, in fingerprint order.
    static let columns = ColumnSelection<PropLinesColumn>([
        .universalPlayerId, .bookmaker, .line, .overPrice, .underPrice, .tipoffUtc, .market,
    ])

    /// Loads `date`'s matched lines (one query) and chooses one per player.
    static func load(_ db: Database, date: GameDate, priority: [String]) throws -> ObservedLines {
        var quotes: [String: [PropLineQuote]] = [:]
        var prints: [String: Fingerprint] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(columns.sql)
                FROM prop_lines
                WHERE game_date = ? AND \(ObservedPropLines.condition)
                ORDER BY universal_player_id, bookmaker, line, tipoff_utc
                """, arguments: [date.description])
        while let row = try rows.next() {
            let column = columns.index
            let player: String = row[column(.universalPlayerId)]
            quotes[player, default: []].append(
                PropLineQuote(
                    bookmaker: row[column(.bookmaker)], line: row[column(.line)], overPrice: row[column(.overPrice)],
                    underPrice: row[column(.underPrice)]))
            prints[player, default: Fingerprint()].add(row: row)
        }
        var byPlayer: [String: Entry] = [:]
        for (player, list) in quotes {
            if let choice = PropLineSelection.choose(list, priority: priority) {
                byPlayer[player] = Entry(choice: choice, fingerprint: prints[player] ?? Fingerprint())
            }
        }
        return ObservedLines(byPlayer: byPlayer)
    }
}

/// The post-game result against a line: a push (points equal to the line) is neither OVER nor UNDER.
enum OverUnder {
    static func result(points: Int, line: Double) -> String {
        let value = Double(points)
        if value > line { return "OVER" }
        if value < line { return "UNDER" }
        return "PUSH"
    }
}
