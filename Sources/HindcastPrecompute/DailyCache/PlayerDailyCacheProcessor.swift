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
        let inserter = try RowInserter(db, PlayerDailyCacheColumn.self, sink: request.outputs)
        let layout = inserter.layout
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
            let values: TableRow<PlayerDailyCacheColumn> = [
                .playerLookup: lookup, .universalPlayerId: row.universalPlayerID,
                .cacheDate: request.date.description, .teamAbbr: row.teamAbbr,
                .pointsAvgLast5: summary.pointsAvgLast5, .pointsAvgLast10: summary.pointsAvgLast10,
                .pointsAvgSeason: summary.pointsAvgSeason, .pointsStdLast10: summary.pointsStdLast10,
                .minutesAvgLast10: summary.minutesAvgLast10, .usageRateLast10: summary.usageRateLast10,
                .tsPctLast10: summary.tsPctLast10, .gamesPlayedSeason: summary.gamesPlayed,
                .teamPaceLast10: form.pace, .teamOffRatingLast10: form.offensiveRating,
                .playerUsageRateSeason: summary.usageRateSeason, .gamesInLast7Days: row.gamesInLast7Days,
                .gamesInLast14Days: row.gamesInLast14Days, .minutesInLast7Days: row.minutesInLast7Days,
                .minutesInLast14Days: row.minutesInLast14Days,
                .backToBacksLast14Days: row.backToBacksLast14Days,
                .avgMinutesPerGameLast7: row.avgMinutesPerGameLast7,
                .fourthQuarterMinutesLast7: row.fourthQuarterMinutesLast7, .daysRest: row.daysRest,
                .homeGame: row.homeGame, .starTeammatesOut: row.starTeammatesOut,
                .primaryScoringZone: playerZones?.primaryZone, .paintRateLast10: playerZones?.paintRate,
                .threePtRateLast10: playerZones?.threeRate, .assistedRateLast10: nil,
                .playerAge: row.playerAge, .shotZoneDataAvailable: playerZones?.paintRate != nil,
                .earlySeasonFlag: summary.gamesPlayed < 10,
                .insufficientDataReason: summary.gamesPlayed < 3
                    ? "\(summary.gamesPlayed) games played this season (3 needed)" : nil,
                .cacheVersion: "v1", .contextOrigin: row.contextOrigin.rawValue,
                .syntheticInputs: JSONText.array(row.isSynthetic ? Self.contextColumns : []),
                .dataQualityTier: tier.rawValue, .qualityScore: score,
                .dataQualityIssues: JSONText.array(issues), .inputFingerprint: fingerprint.hex,
                .runId: request.runID,
            ]
            return (prepared: layout.prepare(values), fingerprint: fingerprint.hex)
        }
        for row in built {
            total.add(row.fingerprint)
            try inserter.insert(row.prepared)
        }
        return ProcessorOutcome(rowsWritten: ["player_daily_cache": context.count], inputFingerprint: total.hex)
    }
}
