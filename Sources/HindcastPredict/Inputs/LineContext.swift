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

    /// Every player's line context on `date`, from the shared context reader.
    static func load(_ db: Database, date: GameDate) throws -> [String: LineContext] {
        try PlayerContextRecord.all(db, on: date).mapValues {
            LineContext(
                bookmaker: $0.currentPointsLineSource, estimatedLine: $0.estimatedPointsLine,
                estimationMethod: $0.estimatedLineMethod, playerStatus: $0.playerStatus)
        }
    }
}
