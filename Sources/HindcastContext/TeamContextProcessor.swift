import GRDB
import HindcastCore

/// Writes `upcoming_team_game_context`: two rows per game on D. A row is observed when a pre-game
/// game-line snapshot exists for the game (or a production row was imported); otherwise it is
/// synthetic, its schedule-derived fields computed the same way and its betting and injury fields
/// NULL and listed in `synthetic_fields`.
public struct TeamContextProcessor: Processor {
    public static let descriptor = ProcessorDescriptor(
        id: "upcoming_team_game_context", version: 1, phase: .context,
        reads: [
            TableRead("schedule", .sameDateAndHistory(days: nil)),
            TableRead("inactives", .sameDateAndHistory(days: nil)),
            TableRead("game_lines", .sameDateAndHistory(days: nil)), TableRead("injury_reports"),
            TableRead("imported_team_context"), TableRead("player_game_summary", .history(days: nil)),
        ],
        writes: ["upcoming_team_game_context"])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        guard let day = try ContextDay.load(db, request: request, players: false) else {
            return ContextRowWriter.noGames(request)
        }
        return try ContextRowWriter.write(
            TeamContextRows.build(day: day, request: request), into: "upcoming_team_game_context", request: request,
            db: db)
    }
}

/// Assembles a day's team context rows.
enum TeamContextRows {
    static func build(day: ContextDay, request: ProcessorRequest) -> [ContextColumns] {
        let settings = request.profile.context
        var rows: [ContextColumns] = []
        let anyObserved =
            day.games.contains { game in
                day.gameLines.contains { $0.gameCode == game.gameCode }
            } || !day.importedTeams.isEmpty
        let teams = TeamDay.all(day, settings: settings)
        let estimator = settings.estimateLines ? GameLineEstimator(day: day) : nil
        for game in day.games {
            for team in [game.away, game.home] {
                let imported = day.importedTeams[team]
                let teamDay = teams[team]!
                let lines = teamDay.lines
                let hasSnapshot = lines.spread != nil || lines.total != nil
                let origin: ContextOrigin =
                    imported.map { ContextOrigin(rawValue: $0.origin) ?? .observed }
                    ?? (hasSnapshot ? .observed : .synthetic)
                if origin == .synthetic && imported == nil && !settings.synthesize { continue }
                var row = columns(teamDay, day: day, request: request)
                let reason: SynthesisReason? = origin == .observed ? nil : (anyObserved ? .partialContext : .noContext)
                var missing = ContextFields.teamSnapshotOnly.filter { (row[$0] ?? nil) == nil }
                if origin == .synthetic, let game = estimator?.estimates[teamDay.game.gameCode] {
                    missing += estimates(game, into: &row, teamDay: teamDay)
                }
                row["context_origin"] = origin.rawValue
                row["synthetic_fields"] = JSONText.array(origin == .synthetic ? missing : [])
                row["synthesis_reason"] = reason?.rawValue
                row["processing_decision_reason"] =
                    origin == .observed ? "observed_pregame_snapshot" : "synthesized_\(reason!.rawValue)"
                if let imported {
                    for (column, value) in ImportedPayload.columns(imported.payload) where column != "context_origin" {
                        row[column] = value
                    }
                }
                rows.append(row)
            }
        }
        return rows
    }

    /// Writes the estimated spread and total of a synthetic row that has no snapshot of them, in
    /// their own columns; returns the estimated columns' names (for `synthetic_fields`).
    static func estimates(
        _ game: GameLineEstimator.GameEstimate, into row: inout ContextColumns, teamDay: TeamDay
    ) -> [String] {
        var estimated: [String] = []
        if teamDay.lines.spread == nil, let spread = game.spread(for: teamDay.team, home: teamDay.game.home) {
            row["estimated_game_spread"] = spread.value
            row["estimated_spread_method"] = spread.method
            row["estimated_spread_version"] = spread.version
            estimated.append("estimated_game_spread")
        }
        if teamDay.lines.total == nil, let total = game.total {
            row["estimated_game_total"] = total.value
            row["estimated_total_method"] = total.method
            row["estimated_total_version"] = total.version
            estimated.append("estimated_game_total")
        }
        return estimated
    }

    static func columns(_ teamDay: TeamDay, day: ContextDay, request: ProcessorRequest) -> ContextColumns {
        let team = teamDay.team
        let game = teamDay.game
        let lines = teamDay.lines
        let fields = teamDay.schedule
        let games = day.teamGames[team] ?? []
        let opponentRest = teamDay.opponentDaysRest
        let latest = day.injuries.filter { $0.value.team == team }
        let daysIntoSeason = request.seasons.daysIntoSeason(day.date) ?? 0
        let earlySeason = daysIntoSeason < request.profile.features.earlySeasonDays
        var fingerprint = Fingerprint()
        for item in games where item.date < day.date {
            fingerprint.add(item.gameCode)
            fingerprint.add(item.points)
            fingerprint.add(item.opponentPoints)
        }
        fingerprint.add(opponentRest)
        fingerprint.add(lines.spread)
        fingerprint.add(lines.total)
        let inactiveCount = day.inactive.filter { $0.team == team }.count
        var issues: [String] = []
        if lines.spread == nil { issues.append("missing_game_spread") }
        if lines.total == nil { issues.append("missing_game_total") }
        if earlySeason { issues.append("early_season") }
        let sample = games.filter { $0.date < day.date }.count
        let (tier, score) = ContextQuality.tier(sample: sample)
        return [
            "team_abbr": team, "game_id": game.gameID, "game_code": game.gameCode, "game_date": day.date.description,
            "season_year": day.seasonYear, "season_type": game.seasonType, "opponent_team_abbr": teamDay.opponent,
            "home_game": teamDay.isHome, "is_back_to_back": fields.backToBack, "days_since_last_game": fields.daysRest,
            "game_number_in_season": fields.gameNumberInSeason, "team_days_rest": fields.daysRest,
            "team_back_to_back": fields.backToBack, "games_in_last_7_days": fields.gamesInLast7Days,
            "games_in_last_14_days": fields.gamesInLast14Days, "opponent_days_rest": opponentRest,
            "game_spread": lines.spread, "game_total": lines.total, "game_spread_source": lines.spreadSource,
            "game_total_source": lines.totalSource,
            "spread_movement": lines.spreadMovement, "total_movement": lines.totalMovement,
            "betting_lines_updated_at": lines.capturedAt,
            "starters_out_count": latest.isEmpty ? nil : latest.values.filter { $0.status == "out" }.count,
            "questionable_players_count":
                latest.isEmpty ? nil : latest.values.filter { ["questionable", "doubtful"].contains($0.status) }.count,
            "players_inactive_count": inactiveCount,
            "team_win_streak_entering": fields.winStreakEntering,
            "team_loss_streak_entering": fields.lossStreakEntering,
            "last_game_margin": fields.lastGameMargin, "last_game_result": fields.lastGameResult,
            "team_wins_entering": fields.winsEntering, "team_losses_entering": fields.lossesEntering,
            "travel_miles": fields.travelMiles, "consecutive_road_games": fields.consecutiveRoadGames,
            "miles_traveled_last_14_days": fields.milesTraveledLast14Days, "early_season_flag": earlySeason,
            "insufficient_data_reason": sample == 0 ? "first game of the season" : nil,
            "season_boundary_detected": ContextQuality.seasonBoundary(day.date), "data_quality_tier": tier.rawValue,
            "quality_score": score, "data_quality_issues": JSONText.array(issues),
            "generator_version": PlayerContextBuilder.generatorVersion, "input_fingerprint": fingerprint.hex,
            "run_id": request.runID,
        ]
    }
}
