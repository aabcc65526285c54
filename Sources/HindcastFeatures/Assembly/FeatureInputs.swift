import GRDB
import HindcastCore

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

    static func load(_ db: Database, request: ProcessorRequest) throws -> FeatureInputs {
        let date = request.date
        let day = date.description
        let seasonStart = request.seasonStart
        var cache: [String: DailyCache] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, points_avg_last_5, points_avg_last_10, points_avg_season, points_std_last_10,
                    minutes_avg_last_10, games_in_last_7_days, team_pace_last_10, team_off_rating_last_10, context_origin
                FROM player_daily_cache WHERE cache_date = ?
                """, arguments: [day])
        {
            cache[row[0]] = DailyCache(
                pointsAvgLast5: row[1], pointsAvgLast10: row[2], pointsAvgSeason: row[3], pointsStdLast10: row[4],
                minutesAvgLast10: row[5], gamesInLast7Days: row[6], teamPaceLast10: row[7], teamOffRatingLast10: row[8],
                contextOrigin: (row[9] as String?).flatMap(ContextOrigin.init(rawValue:)))
        }
        var composite: [String: Composite] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, fatigue_score, shot_zone_mismatch_score, pace_score, usage_spike_score,
                    context_origin
                FROM player_composite_factors WHERE game_date = ?
                """, arguments: [day])
        {
            composite[row[0]] = Composite(
                fatigue: row[1], mismatch: row[2], pace: row[3], usage: row[4],
                contextOrigin: (row[5] as String?).flatMap(ContextOrigin.init(rawValue:)))
        }
        var zones: [String: Zones] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, paint_rate_last_10, mid_range_rate_last_10, three_pt_rate_last_10
                FROM player_shot_zone_analysis WHERE analysis_date = ?
                """, arguments: [day])
        {
            zones[row[0]] = Zones(paintRate: row[1], midRangeRate: row[2], threeRate: row[3])
        }
        var defense: [String: Defense] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT team_abbr, defensive_rating_last_15, opponent_pace FROM team_defense_zone_analysis
                WHERE analysis_date = ?
                """, arguments: [day])
        {
            defense[row[0]] = Defense(defensiveRating: row[1], opponentPace: row[2])
        }
        var quotes: [String: [String: [PropLineQuote]]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, bookmaker, line, over_price, under_price FROM prop_lines
                WHERE game_date = ? AND \(ObservedPropLines.condition)
                """, arguments: [day])
        {
            let quote = PropLineQuote(bookmaker: row[1], line: row[2], overPrice: row[3], underPrice: row[4])
            quotes[row[0] as String, default: [:]][quote.bookmaker, default: []].append(quote)
        }
        // One main line per bookmaker, chosen as everywhere else.
        let bookLines = quotes.mapValues { books in
            books.compactMapValues { PropLineSelection.choose($0, priority: [])?.line }
        }
        var inactive: [String: [String]] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT team_tricode, player_lookup FROM inactives WHERE game_date = ? AND player_name <> ''",
            arguments: [day])
        {
            inactive[row[0], default: []].append(row[1])
        }
        return FeatureInputs(
            date: date, seasonStart: seasonStart, context: try PlayerContextRecord.all(db, on: date), cache: cache,
            composite: composite, zones: zones, defense: defense,
            players: try request.history.playerLog(db, from: date.adding(days: -365), before: date),
            teams: try TeamGameLog.load(db, from: seasonStart, before: date), bookLines: bookLines, inactive: inactive)
    }
}
