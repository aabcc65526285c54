import GRDB
import HindcastCore
import HindcastStore

/// Writes `player_daily_cache`: per player with a context row on D, scoring, minutes, usage and
/// shooting summaries from game summaries before D, the team's recent pace and rating, the
/// shot-zone profile, and the context fields it copies, with the origin of that context.
public struct PlayerDailyCacheProcessor: Processor {
    public static let descriptor = ProcessorDescriptor(
        id: "player_daily_cache", version: 1, phase: .phase4,
        reads: [
            TableRead("upcoming_player_game_context"), TableRead("player_shot_zone_analysis"),
            TableRead("player_game_summary", .history(days: nil)),
            TableRead("team_offense_game_summary", .history(days: nil)),
        ],
        writes: ["player_daily_cache"])

    /// The columns copied from the context row (so they depend on its origin).
    static let contextColumns = [
        "games_in_last_7_days", "games_in_last_14_days", "minutes_in_last_7_days", "minutes_in_last_14_days",
        "back_to_backs_last_14_days", "avg_minutes_per_game_last_7", "fourth_quarter_minutes_last_7", "player_age",
        "days_rest", "home_game", "star_teammates_out",
    ]

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let context = try PlayerContextRecord.all(db, on: request.date)
        let seasonStart = request.seasonStart
        let players = try request.history.playerLog(db, from: seasonStart, before: request.date)
        let teams = try TeamGameLog.load(db, from: seasonStart, before: request.date)
        let zones = try ZoneInputs.players(db, date: request.date)
        let columns = try db.columns(in: "player_daily_cache").map(\.name)
        let inserter = try RowInserter(db, table: "player_daily_cache", columns: columns, sink: request.outputs)
        var total = Fingerprint()
        let built = try ParallelMap.map(context.keys.sorted()) { lookup in
            let row = context[lookup]!
            let games = players.games(of: lookup)
            let summary = ScoringSummary(games)
            let form = teams.form(of: row.teamAbbr)
            let playerZones = zones[lookup]
            var fingerprint = Fingerprint()
            for game in games { fingerprint.add("\(game.date)|\(game.points as Int?)|\(game.minutes as Double?)") }
            fingerprint.add("\(form.pace as Double?)|\(form.offensiveRating as Double?)|\(row.contextOrigin.rawValue)")
            var issues: [String] = []
            if summary.gamesPlayed < 3 { issues.append("thin_sample:\(summary.gamesPlayed)/3") }
            if playerZones == nil { issues.append("no_shot_zone_analysis") }
            let sample = summary.gamesPlayed
            let (tier, score): (QualityTier, Double) =
                sample >= 10 ? (.gold, 95) : sample >= 5 ? (.silver, 85) : sample >= 3 ? (.bronze, 70) : (.poor, 50)
            let values: [String: (any DatabaseValueConvertible)?] = [
                "player_lookup": lookup, "universal_player_id": row.universalPlayerID,
                "cache_date": request.date.description, "team_abbr": row.teamAbbr,
                "points_avg_last_5": summary.pointsAvgLast5, "points_avg_last_10": summary.pointsAvgLast10,
                "points_avg_season": summary.pointsAvgSeason, "points_std_last_10": summary.pointsStdLast10,
                "minutes_avg_last_10": summary.minutesAvgLast10, "usage_rate_last_10": summary.usageRateLast10,
                "ts_pct_last_10": summary.tsPctLast10, "games_played_season": summary.gamesPlayed,
                "team_pace_last_10": form.pace, "team_off_rating_last_10": form.offensiveRating,
                "player_usage_rate_season": summary.usageRateSeason, "games_in_last_7_days": row.gamesInLast7Days,
                "games_in_last_14_days": row.gamesInLast14Days, "minutes_in_last_7_days": row.minutesInLast7Days,
                "minutes_in_last_14_days": row.minutesInLast14Days,
                "back_to_backs_last_14_days": row.backToBacksLast14Days,
                "avg_minutes_per_game_last_7": row.avgMinutesPerGameLast7,
                "fourth_quarter_minutes_last_7": row.fourthQuarterMinutesLast7, "days_rest": row.daysRest,
                "home_game": row.homeGame, "star_teammates_out": row.starTeammatesOut,
                "primary_scoring_zone": playerZones?.primaryZone, "paint_rate_last_10": playerZones?.paintRate,
                "three_pt_rate_last_10": playerZones?.threeRate, "assisted_rate_last_10": nil,
                "player_age": row.playerAge, "shot_zone_data_available": playerZones?.paintRate != nil,
                "early_season_flag": summary.gamesPlayed < 10,
                "insufficient_data_reason": summary.gamesPlayed < 3
                    ? "\(summary.gamesPlayed) games played this season (3 needed)" : nil,
                "cache_version": "v1", "context_origin": row.contextOrigin.rawValue,
                "synthetic_inputs": JSONText.array(row.isSynthetic ? Self.contextColumns : []),
                "data_quality_tier": tier.rawValue, "quality_score": score,
                "data_quality_issues": JSONText.array(issues), "input_fingerprint": fingerprint.hex,
                "run_id": request.runID,
            ]
            return (prepared: try inserter.prepare(values), fingerprint: fingerprint.hex)
        }
        for row in built {
            total.add(row.fingerprint)
            try inserter.insert(row.prepared)
        }
        return ProcessorOutcome(rowsWritten: ["player_daily_cache": context.count], inputFingerprint: total.hex)
    }
}
