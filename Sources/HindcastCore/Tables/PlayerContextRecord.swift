import GRDB
import HindcastStore

/// The columns of an `upcoming_player_game_context` row that downstream processors consume, with
/// its provenance. Phase 4, the feature store and predictions read context only through this.
public struct PlayerContextRecord: Sendable, Equatable {
    public var playerLookup: String
    public var universalPlayerID: String?
    public var gameID: String
    public var teamAbbr: String
    public var opponentTeamAbbr: String
    public var homeGame: Bool?
    public var daysRest: Int?
    public var backToBack: Bool?
    public var gamesInLast7Days: Int?
    public var gamesInLast14Days: Int?
    public var minutesInLast7Days: Int?
    public var minutesInLast14Days: Int?
    public var avgMinutesPerGameLast7: Double?
    public var backToBacksLast14Days: Int?
    public var fourthQuarterMinutesLast7: Int?
    public var playerAge: Int?
    public var projectedUsageRate: Double?
    public var avgUsageRateLast7Games: Double?
    public var starTeammatesOut: Int?
    public var paceDifferential: Double?
    public var opponentPaceLast10: Double?
    public var opponentDefRatingLast10: Double?
    public var opponentDaysRest: Int?
    public var seasonPhase: String?
    public var playerStatus: String?
    public var hasPropLine: Bool?
    public var currentPointsLine: Double?
    public var currentPointsLineSource: String?
    public var openingPointsLine: Double?
    public var estimatedPointsLine: Double?
    public var estimatedLineMethod: String?
    public var gameSpread: Double?
    public var gameTotal: Double?
    public var propOverStreak: Int?
    public var propUnderStreak: Int?
    public var contextOrigin: ContextOrigin
    public var syntheticFields: String
    /// Estimates for a synthetic row without a game-line snapshot (profile option; never observed).
    public var estimatedGameSpread: Double?
    public var estimatedGameTotal: Double?

    /// The context columns a record holds, in select order.
    static let selection = ColumnSelection<UpcomingPlayerGameContextColumn>([
        .playerLookup, .universalPlayerId, .gameId, .teamAbbr, .opponentTeamAbbr, .homeGame, .daysRest, .backToBack,
        .gamesInLast7Days, .gamesInLast14Days, .minutesInLast7Days, .minutesInLast14Days, .avgMinutesPerGameLast7,
        .backToBacksLast14Days, .fourthQuarterMinutesLast7, .playerAge, .projectedUsageRate, .avgUsageRateLast7Games,
        .starTeammatesOut, .paceDifferential, .opponentPaceLast10, .opponentDefRatingLast10, .opponentDaysRest,
        .seasonPhase, .playerStatus, .hasPropLine, .currentPointsLine, .currentPointsLineSource, .openingPointsLine,
        .estimatedPointsLine, .estimatedLineMethod, .gameSpread, .gameTotal, .propOverStreak, .propUnderStreak,
        .contextOrigin, .syntheticFields, .estimatedGameSpread, .estimatedGameTotal,
    ])

    /// Reads a row selected with `selection` (by index: fast).
    init(row: Row) {
        let column = Self.selection
        playerLookup = row[column.index(.playerLookup)]
        universalPlayerID = row[column.index(.universalPlayerId)]
        gameID = row[column.index(.gameId)]
        teamAbbr = row[column.index(.teamAbbr)]
        opponentTeamAbbr = row[column.index(.opponentTeamAbbr)]
        homeGame = row[column.index(.homeGame)]
        daysRest = row[column.index(.daysRest)]
        backToBack = row[column.index(.backToBack)]
        gamesInLast7Days = row[column.index(.gamesInLast7Days)]
        gamesInLast14Days = row[column.index(.gamesInLast14Days)]
        minutesInLast7Days = row[column.index(.minutesInLast7Days)]
        minutesInLast14Days = row[column.index(.minutesInLast14Days)]
        avgMinutesPerGameLast7 = row[column.index(.avgMinutesPerGameLast7)]
        backToBacksLast14Days = row[column.index(.backToBacksLast14Days)]
        fourthQuarterMinutesLast7 = row[column.index(.fourthQuarterMinutesLast7)]
        playerAge = row[column.index(.playerAge)]
        projectedUsageRate = row[column.index(.projectedUsageRate)]
        avgUsageRateLast7Games = row[column.index(.avgUsageRateLast7Games)]
        starTeammatesOut = row[column.index(.starTeammatesOut)]
        paceDifferential = row[column.index(.paceDifferential)]
        opponentPaceLast10 = row[column.index(.opponentPaceLast10)]
        opponentDefRatingLast10 = row[column.index(.opponentDefRatingLast10)]
        opponentDaysRest = row[column.index(.opponentDaysRest)]
        seasonPhase = row[column.index(.seasonPhase)]
        playerStatus = row[column.index(.playerStatus)]
        hasPropLine = row[column.index(.hasPropLine)]
        currentPointsLine = row[column.index(.currentPointsLine)]
        currentPointsLineSource = row[column.index(.currentPointsLineSource)]
        openingPointsLine = row[column.index(.openingPointsLine)]
        estimatedPointsLine = row[column.index(.estimatedPointsLine)]
        estimatedLineMethod = row[column.index(.estimatedLineMethod)]
        gameSpread = row[column.index(.gameSpread)]
        gameTotal = row[column.index(.gameTotal)]
        propOverStreak = row[column.index(.propOverStreak)]
        propUnderStreak = row[column.index(.propUnderStreak)]
        contextOrigin = ContextOrigin(rawValue: row[column.index(.contextOrigin)] as String) ?? .synthetic
        syntheticFields = row[column.index(.syntheticFields)]
        estimatedGameSpread = row[column.index(.estimatedGameSpread)]
        estimatedGameTotal = row[column.index(.estimatedGameTotal)]
    }

    /// Every context row of a game day, keyed by player lookup.
    public static func all(_ db: Database, on date: GameDate) throws -> [String: PlayerContextRecord] {
        let columns = selection.sql
        var records: [String: PlayerContextRecord] = [:]
        let rows = try Row.fetchCursor(
            db, sql: "SELECT \(columns) FROM upcoming_player_game_context WHERE game_date = ?",
            arguments: [date.description])
        while let row = try rows.next() {
            let record = PlayerContextRecord(row: row)
            records[record.playerLookup] = record
        }
        return records
    }

    /// Whether the row was reconstructed rather than observed.
    public var isSynthetic: Bool { contextOrigin == .synthetic }
}
