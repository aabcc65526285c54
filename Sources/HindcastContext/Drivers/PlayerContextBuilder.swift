import GRDB
import HindcastCore
import HindcastStore

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
    ) -> (columns: PlayerContextColumns, history: PlayerHistoryFields, fingerprint: Fingerprint) {
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
        let columns: PlayerContextColumns = [
            .playerLookup: slot.lookup, .universalPlayerId: slot.universalID ?? known?.universalID,
            .playerFullName: slot.name ?? known?.name, .gameId: team.game.gameID, .gameCode: team.game.gameCode,
            .gameDate: day.date.description, .seasonYear: day.seasonYear, .seasonType: team.game.seasonType,
            .teamAbbr: slot.team, .opponentTeamAbbr: team.opponent, .homeGame: team.isHome,
            .gameStartTimeLocal: team.game.startTimeET.map(Self.startTime),
            .daysRest: history.daysRest, .backToBack: history.backToBack,
            .daysRestBeforeLastGame: history.daysRestBeforeLastGame,
            .daysSince2PlusDaysRest: history.daysSince2PlusDaysRest,
            .gamesInLast7Days: history.gamesInLast7Days, .gamesInLast14Days: history.gamesInLast14Days,
            .minutesInLast7Days: history.minutesInLast7Days,
            .minutesInLast14Days: history.minutesInLast14Days,
            .avgMinutesPerGameLast7: history.avgMinutesPerGameLast7,
            .backToBacksLast14Days: history.backToBacksLast14Days,
            .avgUsageRateLast7Games: history.avgUsageRateLast7Games,
            .projectedUsageRate: history.usageRateSeason,
            .pointsAvgLast5: history.pointsAvgLast5, .pointsAvgLast10: history.pointsAvgLast10,
            .l5GamesUsed: history.l5GamesUsed, .l10GamesUsed: history.l10GamesUsed,
            .l5SampleQuality: history.l5SampleQuality.rawValue,
            .l10SampleQuality: history.l10SampleQuality.rawValue,
            .gamesPlayedSeason: history.gamesPlayedSeason,
            .paceDifferential: paceDifferential, .opponentPaceLast10: team.opponentForm.paceLast10,
            .opponentOffRatingLast10: team.opponentForm.offensiveRatingLast10,
            .opponentDefRatingLast10: team.opponentForm.defensiveRatingLast10,
            .opponentReboundingRate: team.opponentForm.reboundingRateLast10,
            .opponentFtRateAllowed: team.opponentForm.freeThrowRateAllowedLast10,
            .starTeammatesOut: starsOut.count, .starTeammatesOutNames: JSONText.array(starsOut),
            .seasonPhase: Self.seasonPhase(day.date, seasonType: team.game.seasonType),
            .travelMiles: team.schedule.travelMiles, .timeZoneChanges: team.schedule.timeZoneChanges,
            .consecutiveRoadGames: team.schedule.consecutiveRoadGames,
            .milesTraveledLast14Days: team.schedule.milesTraveledLast14Days,
            .timeZonesCrossedLast14Days: team.schedule.timeZonesCrossedLast14Days,
            .opponentDaysRest: team.opponentDaysRest,
        ]
        return (columns, history, fingerprint)
    }

    /// A complete row for `slot`: history fields, snapshot fields, quality and provenance.
    /// `quotes` are the player's observed line offers (empty for a synthetic row).
    func row(
        _ slot: PlayerSlot, origin: ContextOrigin, quotes: [PropLineQuote], reason: SynthesisReason?
    ) -> PlayerContextColumns {
        let games = day.history.games(of: slot.lookup)
        var (columns, history, fingerprint) = historyColumns(slot, games: games)
        var synthetic: [String] = origin == .synthetic ? [ContextFields.playerSetMarker] : []
        if let choice = PropLineSelection.choose(quotes, priority: settings.bookmakerPriority) {
            let streak = PropStreak.count(points: history.recentPoints, line: choice.line)
            columns[.hasPropLine] = true
            columns[.currentPointsLine] = choice.line
            columns[.currentPointsLineSource] = choice.bookmaker
            columns[.propBookmakerCount] = choice.bookmakerCount
            columns[.propOverStreak] = streak.over
            columns[.propUnderStreak] = streak.under
            for quote in quotes {
                fingerprint.add(quote.bookmaker)
                fingerprint.add(quote.line)
            }
        } else if origin == .synthetic,
            let estimate = lineEstimator?.estimate(games: games, team: slot.team, history: history)
        {
            columns[.estimatedPointsLine] = estimate.value
            columns[.estimatedLineMethod] = estimate.method
            columns[.estimatedLineVersion] = estimate.version
            synthetic.append(UpcomingPlayerGameContextColumn.estimatedPointsLine.name)
        }
        let team = teams[slot.team]!
        let lines = team.lines
        if origin == .synthetic, let game = gameEstimator?.estimates[team.game.gameCode] {
            if lines.spread == nil, let spread = game.spread(for: slot.team, home: team.game.home) {
                columns[.estimatedGameSpread] = spread.value
                columns[.estimatedSpreadMethod] = spread.method
                columns[.estimatedSpreadVersion] = spread.version
                synthetic.append(UpcomingPlayerGameContextColumn.estimatedGameSpread.name)
            }
            if lines.total == nil, let total = game.total {
                columns[.estimatedGameTotal] = total.value
                columns[.estimatedTotalMethod] = total.method
                columns[.estimatedTotalVersion] = total.version
                synthetic.append(UpcomingPlayerGameContextColumn.estimatedGameTotal.name)
            }
        }
        columns[.gameSpread] = lines.spread
        columns[.openingSpread] = lines.openingSpread
        columns[.spreadMovement] = lines.spreadMovement
        columns[.gameSpreadSource] = lines.spreadSource
        columns[.gameTotal] = lines.total
        columns[.openingTotal] = lines.openingTotal
        columns[.totalMovement] = lines.totalMovement
        columns[.gameTotalSource] = lines.totalSource
        if let injury = day.injuries[slot.lookup] {
            columns[.playerStatus] = injury.status
            columns[.injuryReport] = injury.reason
            fingerprint.add(injury.status)
            fingerprint.add(injury.reportTime)
        }
        if origin == .synthetic {
            synthetic += ContextFields.snapshotOnly.filter {
                columns.value(UpcomingPlayerGameContextColumn(named: $0)!).isNull
            }
        }
        addQuality(&columns, history: history, games: games, team: slot.team)
        columns[.contextVersion] = 1
        columns[.contextOrigin] = origin.rawValue
        columns[.syntheticFields] = JSONText.array(synthetic)
        columns[.synthesisReason] = reason?.rawValue
        columns[.playerSetSource] = slot.source
        columns[.generatorVersion] = Self.generatorVersion
        columns[.processingDecisionReason] =
            origin == .observed ? "observed_pregame_snapshot" : "synthesized_\(reason?.rawValue ?? "no_context")"
        columns[.inputFingerprint] = fingerprint.hex
        columns[.runId] = runID
        return columns
    }

    /// Completeness over the 30 days before D (DNP-aware) and a tier from the season sample.
    private func addQuality(
        _ columns: inout PlayerContextColumns, history: PlayerHistoryFields, games: [PlayerGameLogEntry], team: String
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
        columns[.expectedGamesCount] = expected
        columns[.actualGamesCount] = actual
        columns[.completenessPercentage] = Rounding.hundredth(completeness)
        columns[.missingGamesCount] = max(0, expected - actual)
        columns[.seasonBoundaryDetected] = ContextQuality.seasonBoundary(day.date)
        columns[.backfillBootstrapMode] = bootstrap
        columns[.isProductionReady] = bootstrap || completeness >= 70
        let sample = history.gamesPlayedSeason
        let (tier, score) = ContextQuality.tier(sample: sample)
        var issues: [String] = []
        if sample < 3 { issues.append("thin_sample:\(sample)/3") }
        if columns.value(.gameSpread).isNull { issues.append("missing_game_spread") }
        if columns.value(.gameTotal).isNull { issues.append("missing_game_total") }
        columns[.dataQualityTier] = tier.rawValue
        columns[.qualityScore] = score
        columns[.dataQualityIssues] = JSONText.array(issues)
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
