import GRDB
import HindcastCore
import HindcastStore

/// The observed snapshots of the season strictly before D, and the official inactive lists of those
/// dates: what the estimators learn from (loaded only when the profile estimates). Nothing dated D
/// or later is read.
struct PriorSnapshots: Sendable {
    /// One observed player-points line (the shared choice among the day's offers).
    struct Line: Sendable {
        let date: GameDate
        let lookup: String
        let line: Double
    }

    /// One game's chosen closing lines: the home team's spread and the total.
    struct GameLines: Sendable {
        let date: GameDate
        let gameCode: String
        let homeSpread: Double?
        let total: Double?
    }

    var lines: [Line] = []
    var gameLines: [GameLines] = []
    /// Per date and team, the players on that game's official inactive list.
    var inactive: [GameDate: [String: [String]]] = [:]

    /// The prop-line columns of an observed line.
    static let quoteColumns = ColumnSelection<PropLinesColumn>([
        .gameDate, .playerLookup, .bookmaker, .line, .overPrice, .underPrice,
    ])

    /// The game-line snapshot columns read.
    static let gameLineColumns = ColumnSelection<GameLinesColumn>([
        .gameDate, .gameCode, .bookmaker, .market, .teamTricode, .point, .capturedAt,
    ])

    /// The inactive-list columns read.
    static let inactiveColumns = ColumnSelection<InactivesColumn>([.gameDate, .teamTricode, .playerLookup])

    static func load(_ db: Database, request: ProcessorRequest, games: [String: [TeamGame]]) throws -> PriorSnapshots {
        let from = request.seasonStart.description
        let before = request.date.description
        let priority = request.profile.context.bookmakerPriority
        var snapshots = PriorSnapshots()
        var quotes: [String: [PropLineQuote]] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(quoteColumns.sql) FROM prop_lines
                WHERE game_date >= ? AND game_date < ? AND \(ObservedPropLines.condition)
                ORDER BY game_date, player_lookup, bookmaker, line
                """, arguments: [from, before])
        {
            let row = SelectedRow(fetched, quoteColumns)
            let (date, player): (String, String) = (row[.gameDate], row[.playerLookup])
            quotes["\(date)|\(player)", default: []].append(
                PropLineQuote(
                    bookmaker: row[.bookmaker], line: row[.line], overPrice: row[.overPrice],
                    underPrice: row[.underPrice]
                ))
        }
        for key in quotes.keys.sorted() {
            let parts = key.split(separator: "|", maxSplits: 1).map(String.init)
            guard let date = GameDate(parts[0]), let choice = PropLineSelection.choose(quotes[key]!, priority: priority)
            else { continue }
            snapshots.lines.append(Line(date: date, lookup: parts[1], line: choice.line))
        }
        var homeOf: [String: String] = [:]
        for (team, list) in games {
            for game in list where game.isHome { homeOf[game.gameCode] = team }
        }
        var offers: [String: [ContextDay.GameLine]] = [:]
        var dates: [String: GameDate] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(gameLineColumns.sql) FROM game_lines
                WHERE game_date >= ? AND game_date < ?
                ORDER BY game_date, game_code, bookmaker, market, team_tricode, captured_at
                """, arguments: [from, before])
        {
            let row = SelectedRow(fetched, gameLineColumns)
            let code: String = row[.gameCode]
            dates[code] = GameDate(row[.gameDate] as String)
            offers[code, default: []].append(
                ContextDay.GameLine(
                    gameCode: code, bookmaker: row[.bookmaker], market: row[.market], side: row[.teamTricode],
                    point: row[.point], capturedAt: row[.capturedAt]))
        }
        for code in offers.keys.sorted() {
            guard let home = homeOf[code], let date = dates[code] else { continue }
            let choice = GameLineChoice(lines: offers[code]!, gameCode: code, team: home, priority: priority)
            guard choice.spread != nil || choice.total != nil else { continue }
            snapshots.gameLines.append(
                GameLines(date: date, gameCode: code, homeSpread: choice.spread, total: choice.total))
        }
        snapshots.gameLines.sort { ($0.date, $0.gameCode) < ($1.date, $1.gameCode) }
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(inactiveColumns.sql) FROM inactives
                WHERE game_date >= ? AND game_date < ? AND player_name <> ''
                ORDER BY game_date, team_tricode, player_lookup
                """, arguments: [from, before])
        {
            let row = SelectedRow(fetched, inactiveColumns)
            guard let date = GameDate(row[.gameDate] as String) else { continue }
            snapshots.inactive[date, default: [:]][row[.teamTricode] as String, default: []].append(row[.playerLookup])
        }
        return snapshots
    }
}
