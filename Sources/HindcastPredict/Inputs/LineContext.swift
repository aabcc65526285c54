import GRDB
import HindcastCore

/// What a player's context row says about lines and status before the game.
public struct LineContext: Sendable, Equatable {
    /// The observed line's bookmaker (`current_points_line_source`).
    public var bookmaker: String?
    /// A line estimated from recent scoring (profile option); never graded as a bet.
    public var estimatedLine: Double?
    public var estimationMethod: String?
    /// Pre-game injury status, when a report had one.
    public var playerStatus: String?

    public init(
        bookmaker: String? = nil, estimatedLine: Double? = nil, estimationMethod: String? = nil,
        playerStatus: String? = nil
    ) {
        self.bookmaker = bookmaker
        self.estimatedLine = estimatedLine
        self.estimationMethod = estimationMethod
        self.playerStatus = playerStatus
    }

    /// Every player's line context on `date`, with one query.
    static func load(_ db: Database, date: GameDate) throws -> [String: LineContext] {
        var result: [String: LineContext] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT player_lookup, current_points_line_source, estimated_points_line, estimated_line_method,
                    player_status
                FROM upcoming_player_game_context WHERE game_date = ?
                """, arguments: [date.description])
        while let row = try rows.next() {
            result[row[0]] = LineContext(
                bookmaker: row[1], estimatedLine: row[2], estimationMethod: row[3], playerStatus: row[4])
        }
        return result
    }
}
