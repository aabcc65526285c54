import GRDB
import HindcastCore
import HindcastStore

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
            TeamContextRows.build(day: day, request: request), request: request, db: db)
    }
}

/// Assembles a day's team context rows.
enum TeamContextRows {
    static func build(day: ContextDay, request: ProcessorRequest) -> [TeamContextColumns] {
        let settings = request.profile.context
        var rows: [TeamContextColumns] = []
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
                var missing = ContextFields.teamSnapshotOnly.filter {
                    row.value(UpcomingTeamGameContextColumn(named: $0)!).isNull
                }
                if origin == .synthetic, let game = estimator?.estimates[teamDay.game.gameCode] {
                    missing += estimates(game, into: &row, teamDay: teamDay)
                }
                row[.contextOrigin] = origin.rawValue
                row[.syntheticFields] = JSONText.array(origin == .synthetic ? missing : [])
                row[.synthesisReason] = reason?.rawValue
                row[.processingDecisionReason] =
                    origin == .observed ? "observed_pregame_snapshot" : "synthesized_\(reason!.rawValue)"
                if let imported {
                    for (column, value) in ImportedPayload.values(
                        imported.payload, as: UpcomingTeamGameContextColumn.self)
                    where column != .contextOrigin {
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
        _ game: GameLineEstimator.GameEstimate, into row: inout TeamContextColumns, teamDay: TeamDay
    ) -> [String] {
        var estimated: [String] = []
        if teamDay.lines.spread == nil, let spread = game.spread(for: teamDay.team, home: teamDay.game.home) {
            row[.estimatedGameSpread] = spread.value
            row[.estimatedSpreadMethod] = spread.method
            row[.estimatedSpreadVersion] = spread.version
            estimated.append(UpcomingTeamGameContextColumn.estimatedGameSpread.name)
        }
        if teamDay.lines.total == nil, let total = game.total {
            row[.estimatedGameTotal] = total.value
            row[.estimatedTotalMethod] = total.method
            row[.estimatedTotalVersion] = total.version
            estimated.append(UpcomingTeamGameContextColumn.estimatedGameTotal.name)
        }
        return estimated
    }

    static func columns(_ teamDay: TeamDay, day: ContextDay, request: ProcessorRequest) -> TeamContextColumns {
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
            .teamAbbr: team, .gameId: game.gameID, .gameCode: game.gameCode, .gameDate: day.date.description,
            .seasonYear: day.seasonYear, .seasonType: game.seasonType, .opponentTeamAbbr: teamDay.opponent,
            .homeGame: teamDay.isHome, .isBackToBack: fields.backToBack, .daysSinceLastGame: fields.daysRest,
            .gameNumberInSeason: fields.gameNumberInSeason, .teamDaysRest: fields.daysRest,
            .teamBackToBack: fields.backToBack, .gamesInLast7Days: fields.gamesInLast7Days,
            .gamesInLast14Days: fields.gamesInLast14Days, .opponentDaysRest: opponentRest,
            .gameSpread: lines.spread, .gameTotal: lines.total, .gameSpreadSource: lines.spreadSource,
            .gameTotalSource: lines.totalSource,
            .spreadMovement: lines.spreadMovement, .totalMovement: lines.totalMovement,
            .bettingLinesUpdatedAt: lines.capturedAt,
            .startersOutCount: latest.isEmpty ? nil : latest.values.filter { $0.status == "out" }.count,
            .questionablePlayersCount:
                latest.isEmpty ? nil : latest.values.filter { ["questionable", "doubtful"].contains($0.status) }.count,
            .playersInactiveCount: inactiveCount,
            .teamWinStreakEntering: fields.winStreakEntering,
            .teamLossStreakEntering: fields.lossStreakEntering,
            .lastGameMargin: fields.lastGameMargin, .lastGameResult: fields.lastGameResult,
            .teamWinsEntering: fields.winsEntering, .teamLossesEntering: fields.lossesEntering,
            .travelMiles: fields.travelMiles, .consecutiveRoadGames: fields.consecutiveRoadGames,
            .milesTraveledLast14Days: fields.milesTraveledLast14Days, .earlySeasonFlag: earlySeason,
            .insufficientDataReason: sample == 0 ? "first game of the season" : nil,
            .seasonBoundaryDetected: ContextQuality.seasonBoundary(day.date), .dataQualityTier: tier.rawValue,
            .qualityScore: score, .dataQualityIssues: JSONText.array(issues),
            .generatorVersion: PlayerContextBuilder.generatorVersion, .inputFingerprint: fingerprint.hex,
            .runId: request.runID,
        ]
    }
}
