import GRDB
import HindcastCore

/// Builds player context rows for one game day. The history-derived fields come from one shared
/// calculator for every row; the two drivers differ only in where a row's existence and its
/// snapshot-only fields come from (DESIGN §4.3).
struct PlayerContextBuilder {
    static let generatorVersion = "context-v1"

    let day: ContextDay
    let settings: ContextSettings
    let seasons: SeasonCalendar
    let runID: String
    private let teams: [String: TeamDay]
    /// The estimators of synthetic rows' snapshot-only fields (when the profile estimates).
    private let lineEstimator: PointsLineEstimator?
    private let gameEstimator: GameLineEstimator?

    init(day: ContextDay, settings: ContextSettings, seasons: SeasonCalendar, runID: String) {
        self.day = day
        self.settings = settings
        self.seasons = seasons
        self.runID = runID
        self.teams = TeamDay.all(day, settings: settings)
        self.lineEstimator = settings.estimateLines ? PointsLineEstimator(day: day, settings: settings) : nil
        self.gameEstimator = settings.estimateLines ? GameLineEstimator(day: day) : nil
    }

    /// The key columns and every history-derived field of `slot`'s row, plus the inputs' fingerprint;
    /// `games` are the player's earlier games this season.
    func historyColumns(
        _ slot: PlayerSlot, games: [PlayerGameLogEntry]
    ) -> (columns: ContextColumns, history: PlayerHistoryFields, fingerprint: Fingerprint) {
        let team = teams[slot.team]!
        let history = PlayerHistoryFields(date: day.date, games: games)
        let starsOut = team.starsOut.filter { $0 != slot.lookup }
        var fingerprint = Fingerprint()
        fingerprint.add(slot.lookup)
        fingerprint.add(team.fingerprint)
        for game in games {
            fingerprint.add(game.date)
            fingerprint.add(game.team)
            fingerprint.add(game.isDNP)
            fingerprint.add(game.points)
            fingerprint.add(game.minutes)
            fingerprint.add(game.usageRate)
        }
        fingerprint.add(starsOut.count)
        let paceDifferential: Double? =
            if let own = team.form.paceLast10, let other = team.opponentForm.paceLast10 {
                Rounding.tenth(own - other)
            } else { nil }
        let known = day.known(slot.lookup)
        let columns: ContextColumns = [
            "player_lookup": slot.lookup, "universal_player_id": slot.universalID ?? known?.universalID,
            "player_full_name": slot.name ?? known?.name, "game_id": team.game.gameID, "game_code": team.game.gameCode,
            "game_date": day.date.description, "season_year": day.seasonYear, "season_type": team.game.seasonType,
            "team_abbr": slot.team, "opponent_team_abbr": team.opponent, "home_game": team.isHome,
            "game_start_time_local": team.game.startTimeET.map(Self.startTime),
            "days_rest": history.daysRest, "back_to_back": history.backToBack,
            "days_rest_before_last_game": history.daysRestBeforeLastGame,
            "days_since_2_plus_days_rest": history.daysSince2PlusDaysRest,
            "games_in_last_7_days": history.gamesInLast7Days, "games_in_last_14_days": history.gamesInLast14Days,
            "minutes_in_last_7_days": history.minutesInLast7Days,
            "minutes_in_last_14_days": history.minutesInLast14Days,
            "avg_minutes_per_game_last_7": history.avgMinutesPerGameLast7,
            "back_to_backs_last_14_days": history.backToBacksLast14Days,
            "avg_usage_rate_last_7_games": history.avgUsageRateLast7Games,
            "projected_usage_rate": history.usageRateSeason,
            "points_avg_last_5": history.pointsAvgLast5, "points_avg_last_10": history.pointsAvgLast10,
            "l5_games_used": history.l5GamesUsed, "l10_games_used": history.l10GamesUsed,
            "l5_sample_quality": history.l5SampleQuality.rawValue,
            "l10_sample_quality": history.l10SampleQuality.rawValue,
            "games_played_season": history.gamesPlayedSeason,
            "pace_differential": paceDifferential, "opponent_pace_last_10": team.opponentForm.paceLast10,
            "opponent_off_rating_last_10": team.opponentForm.offensiveRatingLast10,
            "opponent_def_rating_last_10": team.opponentForm.defensiveRatingLast10,
            "opponent_rebounding_rate": team.opponentForm.reboundingRateLast10,
            "opponent_ft_rate_allowed": team.opponentForm.freeThrowRateAllowedLast10,
            "star_teammates_out": starsOut.count, "star_teammates_out_names": JSONText.array(starsOut),
            "season_phase": Self.seasonPhase(day.date, seasonType: team.game.seasonType),
            "travel_miles": team.schedule.travelMiles, "time_zone_changes": team.schedule.timeZoneChanges,
            "consecutive_road_games": team.schedule.consecutiveRoadGames,
            "miles_traveled_last_14_days": team.schedule.milesTraveledLast14Days,
            "time_zones_crossed_last_14_days": team.schedule.timeZonesCrossedLast14Days,
            "opponent_days_rest": team.opponentDaysRest,
        ]
        return (columns, history, fingerprint)
    }

    /// A complete row for `slot`: history fields, snapshot fields, quality and provenance.
    /// `quotes` are the player's observed line offers (empty for a synthetic row).
    func row(
        _ slot: PlayerSlot, origin: ContextOrigin, quotes: [PropLineQuote], reason: SynthesisReason?
    ) -> ContextColumns {
        let games = day.history.games(of: slot.lookup)
        var (columns, history, fingerprint) = historyColumns(slot, games: games)
        var synthetic: [String] = origin == .synthetic ? [ContextFields.playerSetMarker] : []
        if let choice = PropLineSelection.choose(quotes, priority: settings.bookmakerPriority) {
            let streak = PropStreak.count(points: history.recentPoints, line: choice.line)
            columns["has_prop_line"] = true
            columns["current_points_line"] = choice.line
            columns["current_points_line_source"] = choice.bookmaker
            columns["prop_bookmaker_count"] = choice.bookmakerCount
            columns["prop_over_streak"] = streak.over
            columns["prop_under_streak"] = streak.under
            for quote in quotes {
                fingerprint.add(quote.bookmaker)
                fingerprint.add(quote.line)
            }
        } else if origin == .synthetic,
            let estimate = lineEstimator?.estimate(games: games, team: slot.team, history: history)
        {
            columns["estimated_points_line"] = estimate.value
            columns["estimated_line_method"] = estimate.method
            columns["estimated_line_version"] = estimate.version
            synthetic.append("estimated_points_line")
        }
        let team = teams[slot.team]!
        let lines = team.lines
        if origin == .synthetic, let game = gameEstimator?.estimates[team.game.gameCode] {
            if lines.spread == nil, let spread = game.spread(for: slot.team, home: team.game.home) {
                columns["estimated_game_spread"] = spread.value
                columns["estimated_spread_method"] = spread.method
                columns["estimated_spread_version"] = spread.version
                synthetic.append("estimated_game_spread")
            }
            if lines.total == nil, let total = game.total {
                columns["estimated_game_total"] = total.value
                columns["estimated_total_method"] = total.method
                columns["estimated_total_version"] = total.version
                synthetic.append("estimated_game_total")
            }
        }
        columns["game_spread"] = lines.spread
        columns["opening_spread"] = lines.openingSpread
        columns["spread_movement"] = lines.spreadMovement
        columns["game_spread_source"] = lines.spreadSource
        columns["game_total"] = lines.total
        columns["opening_total"] = lines.openingTotal
        columns["total_movement"] = lines.totalMovement
        columns["game_total_source"] = lines.totalSource
        if let injury = day.injuries[slot.lookup] {
            columns["player_status"] = injury.status
            columns["injury_report"] = injury.reason
            fingerprint.add(injury.status)
            fingerprint.add(injury.reportTime)
        }
        if origin == .synthetic {
            synthetic += ContextFields.snapshotOnly.filter { (columns[$0] ?? nil) == nil }
        }
        addQuality(&columns, history: history, games: games, team: slot.team)
        columns["context_version"] = 1
        columns["context_origin"] = origin.rawValue
        columns["synthetic_fields"] = JSONText.array(synthetic)
        columns["synthesis_reason"] = reason?.rawValue
        columns["player_set_source"] = slot.source
        columns["generator_version"] = Self.generatorVersion
        columns["processing_decision_reason"] =
            origin == .observed ? "observed_pregame_snapshot" : "synthesized_\(reason?.rawValue ?? "no_context")"
        columns["input_fingerprint"] = fingerprint.hex
        columns["run_id"] = runID
        return columns
    }

    /// Completeness over the 30 days before D (DNP-aware) and a tier from the season sample.
    private func addQuality(
        _ columns: inout ContextColumns, history: PlayerHistoryFields, games: [PlayerGameLogEntry], team: String
    ) {
        let windowStart = day.date.adding(days: -30)
        let teamGames = teams[team]?.gamesLast30Days ?? 0
        let recent = games.filter { $0.date >= windowStart }
        let dnps = recent.filter { !$0.played }.count
        let expected = max(0, teamGames - dnps)
        let actual = recent.filter(\.played).count
        let completeness = expected == 0 ? 100 : min(100, Double(actual) / Double(expected) * 100)
        let daysIntoSeason = seasons.daysIntoSeason(day.date) ?? 0
        let bootstrap = daysIntoSeason < 30
        columns["expected_games_count"] = expected
        columns["actual_games_count"] = actual
        columns["completeness_percentage"] = Rounding.hundredth(completeness)
        columns["missing_games_count"] = max(0, expected - actual)
        columns["season_boundary_detected"] = ContextQuality.seasonBoundary(day.date)
        columns["backfill_bootstrap_mode"] = bootstrap
        columns["is_production_ready"] = bootstrap || completeness >= 70
        let sample = history.gamesPlayedSeason
        let (tier, score) = ContextQuality.tier(sample: sample)
        var issues: [String] = []
        if sample < 3 { issues.append("thin_sample:\(sample)/3") }
        if (columns["game_spread"] ?? nil) == nil { issues.append("missing_game_spread") }
        if (columns["game_total"] ?? nil) == nil { issues.append("missing_game_total") }
        columns["data_quality_tier"] = tier.rawValue
        columns["quality_score"] = score
        columns["data_quality_issues"] = JSONText.array(issues)
    }

    /// `7:30p` → `7:30 PM ET`.
    static func startTime(_ schedule: String) -> String {
        let lower = schedule.lowercased()
        if lower.hasSuffix("p") { return lower.dropLast() + " PM ET" }
        if lower.hasSuffix("a") { return lower.dropLast() + " AM ET" }
        return schedule + " ET"
    }

    /// early (Oct-Nov), mid (Dec-Feb), late (Mar-Apr) for the regular season and the NBA Cup final
    /// (played in December, in the middle of it); playoffs otherwise.
    static func seasonPhase(_ date: GameDate, seasonType: String) -> String {
        guard seasonType == SeasonType.regularSeason.rawValue || seasonType == SeasonType.nbaCupFinal.rawValue
        else { return "playoffs" }
        switch date.month {
        case 10, 11: return "early"
        case 12, 1, 2: return "mid"
        case 3, 4: return "late"
        default: return "playoffs"
        }
    }
}
