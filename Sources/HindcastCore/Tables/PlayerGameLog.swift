import GRDB
import HindcastStore

/// One `player_game_summary` row as the downstream processors use it. A class, so the run's
/// shared history hands the same row to every processor and date without copying it.
public final class PlayerGameLogEntry: Sendable {
    public let playerLookup: String
    public let universalPlayerID: String
    public let playerName: String
    public let date: GameDate
    public let gameID: String
    public let team: String
    public let opponent: String
    public let isHome: Bool
    public let isActive: Bool
    public let isDNP: Bool
    public let points: Int?
    public let minutes: Double?
    public let usageRate: Double?
    public let tsPct: Double?
    public let fgAttempts: Int?
    public let threeAttempts: Int?
    public let threeMakes: Int?
    public let ftAttempts: Int?
    public let ftMakes: Int?
    public let turnovers: Int?
    public let offensiveRebounds: Int?
    /// Shot-zone counts, present only when the game's zones are complete.
    public let zones: ZoneCounts?
    /// Whether the game counts in season averages and games played (the NBA Cup final does not; it
    /// still counts for rest, load and recent form). See `SeasonType`.
    public let countsInSeasonStats: Bool

    init(row: Row, date: GameDate) {
        let column = Self.selection
        playerLookup = row[column.index(.playerLookup)]
        universalPlayerID = row[column.index(.universalPlayerId)]
        playerName = row[column.index(.playerFullName)]
        self.date = date
        gameID = row[column.index(.gameId)]
        team = row[column.index(.teamAbbr)]
        opponent = row[column.index(.opponentTeamAbbr)]
        isHome = row[column.index(.homeGame)]
        isActive = row[column.index(.isActive)]
        isDNP = row[column.index(.isDnp)]
        points = row[column.index(.points)]
        minutes = row[column.index(.minutesPlayed)]
        usageRate = row[column.index(.usageRate)]
        tsPct = row[column.index(.tsPct)]
        fgAttempts = row[column.index(.fgAttempts)]
        threeAttempts = row[column.index(.threePtAttempts)]
        threeMakes = row[column.index(.threePtMakes)]
        ftAttempts = row[column.index(.ftAttempts)]
        ftMakes = row[column.index(.ftMakes)]
        turnovers = row[column.index(.turnovers)]
        offensiveRebounds = row[column.index(.offensiveRebounds)]
        let complete: Bool = row[column.index(.hasCompleteShotZones)]
        if complete, let paintAttempts: Int = row[column.index(.paintAttempts)],
            let paintMakes: Int = row[column.index(.paintMakes)],
            let midAttempts: Int = row[column.index(.midRangeAttempts)],
            let midMakes: Int = row[column.index(.midRangeMakes)],
            let threeZoneAttempts: Int = row[column.index(.threeAttemptsPbp)],
            let threeZoneMakes: Int = row[column.index(.threeMakesPbp)]
        {
            zones = ZoneCounts(
                paintAttempts: paintAttempts, paintMakes: paintMakes, midRangeAttempts: midAttempts,
                midRangeMakes: midMakes, threeAttempts: threeZoneAttempts, threeMakes: threeZoneMakes)
        } else {
            zones = nil
        }
        countsInSeasonStats = SeasonType.countsInSeasonStats(row[column.index(.seasonType)])
    }

    /// The reference's "played" filter: not a DNP, and minutes or points recorded.
    public var played: Bool { !isDNP && ((minutes ?? 0) > 0 || (points ?? 0) > 0) }

    /// The game-summary columns an entry holds, in select order.
    static let selection = ColumnSelection<PlayerGameSummaryColumn>([
        .playerLookup, .universalPlayerId, .playerFullName, .gameDate, .gameId, .teamAbbr, .opponentTeamAbbr, .homeGame,
        .isActive, .isDnp, .points, .minutesPlayed, .usageRate, .tsPct, .fgAttempts, .threePtAttempts, .threePtMakes,
        .ftAttempts, .ftMakes, .turnovers, .offensiveRebounds, .hasCompleteShotZones, .paintAttempts, .paintMakes,
        .midRangeAttempts, .midRangeMakes, .threeAttemptsPbp, .threeMakesPbp, .seasonType,
    ])
}

/// Field-goal attempts and makes by court zone (from NBA.com shot charts: paint = restricted area +
/// non-restricted paint, mid-range, three = both corners + above the break + backcourt), for one
/// game or summed over games.
public struct ZoneCounts: Sendable, Equatable {
    public var paintAttempts = 0, paintMakes = 0
    public var midRangeAttempts = 0, midRangeMakes = 0
    public var threeAttempts = 0, threeMakes = 0

    public init(
        paintAttempts: Int = 0, paintMakes: Int = 0, midRangeAttempts: Int = 0, midRangeMakes: Int = 0,
        threeAttempts: Int = 0, threeMakes: Int = 0
    ) {
        self.paintAttempts = paintAttempts
        self.paintMakes = paintMakes
        self.midRangeAttempts = midRangeAttempts
        self.midRangeMakes = midRangeMakes
        self.threeAttempts = threeAttempts
        self.threeMakes = threeMakes
    }

    /// Attempts over all zones.
    public var attempts: Int { paintAttempts + midRangeAttempts + threeAttempts }

    /// Adds another game's (or window's) counts.
    public static func += (lhs: inout ZoneCounts, rhs: ZoneCounts) {
        lhs.paintAttempts += rhs.paintAttempts
        lhs.paintMakes += rhs.paintMakes
        lhs.midRangeAttempts += rhs.midRangeAttempts
        lhs.midRangeMakes += rhs.midRangeMakes
        lhs.threeAttempts += rhs.threeAttempts
        lhs.threeMakes += rhs.threeMakes
    }
}

/// Players' earlier games within a window of dates: a view over per-player arrays sorted by date
/// (the run's shared history), so taking a window copies nothing.
public struct PlayerGameLog: Sendable {
    /// Per player, every loaded game, oldest first.
    private let storage: [String: [PlayerGameLogEntry]]
    private let start: GameDate
    private let end: GameDate

    /// A log of `entries` (any order per player) restricted to no window.
    public init(entries: [String: [PlayerGameLogEntry]]) {
        storage = entries.mapValues { $0.sorted { $0.date < $1.date } }
        start = GameDate(dayNumber: Int.min / 2)
        end = GameDate(dayNumber: Int.max / 2)
    }

    /// The games of `storage` (oldest first per player) dated in `start..<end`.
    init(sorted storage: [String: [PlayerGameLogEntry]], from start: GameDate, before end: GameDate) {
        self.storage = storage
        self.start = start
        self.end = end
    }

    /// The player's games in the window, newest first (empty when none).
    public func games(of lookup: String) -> [PlayerGameLogEntry] {
        guard let all = storage[lookup] else { return [] }
        return window(of: all).reversed()
    }

    /// Calls `body` with each player that has games in the window and those games newest first,
    /// without copying them.
    public func forEachPlayer(
        _ body: (String, ReversedCollection<ArraySlice<PlayerGameLogEntry>>) throws -> Void
    )
        rethrows
    {
        for (lookup, all) in storage {
            let games = window(of: all)
            if !games.isEmpty { try body(lookup, games.reversed()) }
        }
    }

    /// The games of `all` (oldest first) dated in `start..<end`.
    private func window(of all: [PlayerGameLogEntry]) -> ArraySlice<PlayerGameLogEntry> {
        let lower = all.partitionPoint { $0.date < start }
        let upper = all.partitionPoint { $0.date < end }
        return lower < upper ? all[lower..<upper] : []
    }

    /// Calls `each` with every row dated in `start..<end`, read through a cursor.
    public static func read(
        _ db: Database, from start: GameDate, before end: GameDate, each: (PlayerGameLogEntry) -> Void
    ) throws {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(PlayerGameLogEntry.selection.sql)
                FROM player_game_summary WHERE game_date >= ? AND game_date < ?
                """, arguments: [start.description, end.description])
        var dates: [String: GameDate] = [:]
        while let row = try rows.next() {
            let text: String = row[PlayerGameLogEntry.selection.index(.gameDate)]
            let date: GameDate
            if let known = dates[text] {
                date = known
            } else {
                date = GameDate(text)!
                dates[text] = date
            }
            each(PlayerGameLogEntry(row: row, date: date))
        }
    }
}

/// Scoring and minutes summaries over a player's played games (newest first). The last-5 and
/// last-10 windows are recent form and take every played game; the season figures (games played,
/// season averages) take only games that count in season statistics (not the NBA Cup final).
public struct ScoringSummary: Sendable, Equatable {
    public let gamesPlayed: Int
    public let pointsAvgLast5: Double?
    public let pointsAvgLast10: Double?
    public let pointsAvgSeason: Double?
    /// Sample standard deviation of the last 10 games' points (needs two games).
    public let pointsStdLast10: Double?
    public let minutesAvgLast10: Double?
    public let minutesAvgSeason: Double?
    public let usageRateLast10: Double?
    public let usageRateSeason: Double?
    public let tsPctLast10: Double?

    /// Summarises `games` (newest first; DNPs and empty rows are skipped).
    public init(_ games: [PlayerGameLogEntry]) {
        let played = games.filter(\.played)
        let points = played.map { Double($0.points ?? 0) }
        let season = played.filter(\.countsInSeasonStats)
        gamesPlayed = season.count
        pointsAvgLast5 = Self.mean(points.prefix(5)).map(Rounding.tenth)
        pointsAvgLast10 = Self.mean(points.prefix(10)).map(Rounding.tenth)
        pointsAvgSeason = Self.mean(season.map { Double($0.points ?? 0) }[...]).map(Rounding.tenth)
        pointsStdLast10 = Self.sampleStandardDeviation(Array(points.prefix(10))).map(Rounding.hundredth)
        minutesAvgLast10 = Self.mean(played.prefix(10).compactMap(\.minutes)[...]).map(Rounding.tenth)
        minutesAvgSeason = Self.mean(season.compactMap(\.minutes)[...]).map(Rounding.tenth)
        usageRateLast10 = Self.mean(played.prefix(10).compactMap(\.usageRate)[...]).map(Rounding.hundredth)
        usageRateSeason = Self.mean(season.compactMap(\.usageRate)[...]).map(Rounding.hundredth)
        tsPctLast10 = Self.mean(played.prefix(10).compactMap(\.tsPct)[...]).map(Rounding.thousandth)
    }

    /// The mean, or `nil` for no values.
    public static func mean(_ values: ArraySlice<Double>) -> Double? {
        values.isEmpty ? nil : values.reduce(0, +) / Double(values.count)
    }

    /// The sample standard deviation, or `nil` below two values.
    public static func sampleStandardDeviation(_ values: [Double]) -> Double? {
        guard values.count >= 2, let mean = mean(values[...]) else { return nil }
        let squares = values.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
        return (squares / Double(values.count - 1)).squareRoot()
    }
}
