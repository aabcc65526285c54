import GRDB
import HindcastCore
import HindcastStore

/// Everything the feature store reads for game day D, loaded once: the context rows, the Phase 4
/// rows of D, a year of game summaries before D, the season's team summaries, and D's observed
/// line snapshots and inactive list.
struct FeatureInputs {
    struct DailyCache {
        let pointsAvgLast5: Double?
        let pointsAvgLast10: Double?
        let pointsAvgSeason: Double?
        let pointsStdLast10: Double?
        let minutesAvgLast10: Double?
        let gamesInLast7Days: Int?
        let teamPaceLast10: Double?
        let teamOffRatingLast10: Double?
        let contextOrigin: ContextOrigin?
    }

    struct Composite {
        let fatigue: Double?
        let mismatch: Double?
        let pace: Double?
        let usage: Double?
        let contextOrigin: ContextOrigin?
    }

    struct Zones {
        let paintRate: Double?
        let midRangeRate: Double?
        let threeRate: Double?
    }

    struct Defense {
        let defensiveRating: Double?
        let opponentPace: Double?
    }

    let date: GameDate
    let seasonStart: GameDate
    let context: [String: PlayerContextRecord]
    let cache: [String: DailyCache]
    let composite: [String: Composite]
    let zones: [String: Zones]
    let defense: [String: Defense]
    /// A year of game summaries before D.
    let players: PlayerGameLog
    let teams: TeamGameLog
    /// Latest observed line per bookmaker, per player.
    let bookLines: [String: [String: Double]]
    /// D's inactive players per team.
    let inactive: [String: [String]]

    /// The daily-cache columns read.
    static let cacheColumns = ColumnSelection<PlayerDailyCacheColumn>([
        .playerLookup, .pointsAvgLast5, .pointsAvgLast10, .pointsAvgSeason, .pointsStdLast10, .minutesAvgLast10,
        .gamesInLast7Days, .teamPaceLast10, .teamOffRatingLast10, .contextOrigin,
    ])

    /// The composite-factor columns read.
    static let compositeColumns = ColumnSelection<PlayerCompositeFactorsColumn>([
        .playerLookup, .fatigueScore, .shotZoneMismatchScore, .paceScore, .usageSpikeScore, .contextOrigin,
    ])

    /// The player shot-zone analysis columns read.
    static let zoneColumns = ColumnSelection<PlayerShotZoneAnalysisColumn>([
        .playerLookup, .paintRateLast10, .midRangeRateLast10, .threePtRateLast10,
    ])

    /// The team defence zone analysis columns read.
    static let defenseColumns = ColumnSelection<TeamDefenseZoneAnalysisColumn>([
        .teamAbbr, .defensiveRatingLast15, .opponentPace,
    ])

    /// The prop-line columns read.
    static let quoteColumns = ColumnSelection<PropLinesColumn>([
        .playerLookup, .bookmaker, .line, .overPrice, .underPrice,
    ])

    /// The inactive-list columns read.
    static let inactiveColumns = ColumnSelection<InactivesColumn>([.teamTricode, .playerLookup])

    static func load(_ db: Database, request: ProcessorRequest) throws -> FeatureInputs {
        let date = request.date
        let day = date.description
        let seasonStart = request.seasonStart
        var cache: [String: DailyCache] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(cacheColumns.sql)
                FROM player_daily_cache WHERE cache_date = ?
                """, arguments: [day])
        {
            let row = SelectedRow(fetched, cacheColumns)
            cache[row[.playerLookup]] = DailyCache(
                pointsAvgLast5: row[.pointsAvgLast5], pointsAvgLast10: row[.pointsAvgLast10],
                pointsAvgSeason: row[.pointsAvgSeason], pointsStdLast10: row[.pointsStdLast10],
                minutesAvgLast10: row[.minutesAvgLast10], gamesInLast7Days: row[.gamesInLast7Days],
                teamPaceLast10: row[.teamPaceLast10], teamOffRatingLast10: row[.teamOffRatingLast10],
                contextOrigin: (row[.contextOrigin] as String?).flatMap(ContextOrigin.init(rawValue:)))
        }
        var composite: [String: Composite] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(compositeColumns.sql)
                FROM player_composite_factors WHERE game_date = ?
                """, arguments: [day])
        {
            let row = SelectedRow(fetched, compositeColumns)
            composite[row[.playerLookup]] = Composite(
                fatigue: row[.fatigueScore], mismatch: row[.shotZoneMismatchScore], pace: row[.paceScore],
                usage: row[.usageSpikeScore],
                contextOrigin: (row[.contextOrigin] as String?).flatMap(ContextOrigin.init(rawValue:)))
        }
        var zones: [String: Zones] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(zoneColumns.sql)
                FROM player_shot_zone_analysis WHERE analysis_date = ?
                """, arguments: [day])
        {
            let row = SelectedRow(fetched, zoneColumns)
            zones[row[.playerLookup]] = Zones(
                paintRate: row[.paintRateLast10], midRangeRate: row[.midRangeRateLast10],
                threeRate: row[.threePtRateLast10])
        }
        var defense: [String: Defense] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(defenseColumns.sql) FROM team_defense_zone_analysis
                WHERE analysis_date = ?
                """, arguments: [day])
        {
            let row = SelectedRow(fetched, defenseColumns)
            defense[row[.teamAbbr]] = Defense(
                defensiveRating: row[.defensiveRatingLast15], opponentPace: row[.opponentPace])
        }
        var quotes: [String: [String: [PropLineQuote]]] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: """
                SELECT \(quoteColumns.sql) FROM prop_lines
                WHERE game_date = ? AND \(ObservedPropLines.condition)
                """, arguments: [day])
        {
            let row = SelectedRow(fetched, quoteColumns)
            let quote = PropLineQuote(
                bookmaker: row[.bookmaker], line: row[.line], overPrice: row[.overPrice], underPrice: row[.underPrice])
            quotes[row[.playerLookup] as String, default: [:]][quote.bookmaker, default: []].append(quote)
        }
        // One main line per bookmaker, chosen as everywhere else.
        let bookLines = quotes.mapValues { books in
            books.compactMapValues { PropLineSelection.choose($0, priority: [])?.line }
        }
        var inactive: [String: [String]] = [:]
        for fetched in try Row.fetchAll(
            db,
            sql: "SELECT \(inactiveColumns.sql) FROM inactives WHERE game_date = ? AND player_name <> ''",
            arguments: [day])
        {
            let row = SelectedRow(fetched, inactiveColumns)
            inactive[row[.teamTricode], default: []].append(row[.playerLookup])
        }
        return FeatureInputs(
            date: date, seasonStart: seasonStart, context: try PlayerContextRecord.all(db, on: date), cache: cache,
            composite: composite, zones: zones, defense: defense,
            players: try request.history.playerLog(db, from: date.adding(days: -365), before: date),
            teams: try TeamGameLog.load(db, from: seasonStart, before: date), bookLines: bookLines, inactive: inactive)
    }
}
