import GRDB
import HindcastCore
import HindcastStore

/// `team_offense_game_summary`: two rows per game, each team's totals summed from its players,
/// with possessions, pace normalised by the game's actual length (overtime included), offensive
/// rating, result and zone sums where shot zones exist.
public struct TeamOffenseGameSummaryProcessor: Processor {
    public static let table = "team_offense_game_summary"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: .phase3,
        reads: [
            TableRead("player_boxscores", .sameDate), TableRead("schedule", .sameDate),
            TableRead("inactives", .sameDate), TableRead("shot_zones", .sameDate),
        ],
        writes: [table])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let day = try GameDay.load(db, date: request.date)
        guard !day.lines.isEmpty else {
            return ProcessorOutcome(
                rowsWritten: [Self.table: 0], inputFingerprint: Fingerprint().hex,
                skipReason: "no box scores imported for \(request.date)")
        }
        let teams = TeamGame.all(in: day)
        let inserter = try RowInserter(db, TeamOffenseGameSummaryColumn.self, sink: request.outputs)
        var outcomeFingerprint = Fingerprint()
        var written = 0
        var skipped = 0
        for key in teams.keys.sorted() {
            let team = teams[key]!
            guard let opponent = teams[TeamGameKey(gameCode: key.gameCode, team: team.opponent)] else {
                skipped += 1
                continue
            }
            let fingerprint = day.fingerprint(ofGame: key.gameCode).hex
            outcomeFingerprint.add(fingerprint)
            try inserter.insert(
                Self.values(
                    team, opponent: opponent, date: request.date, fingerprint: fingerprint, runID: request.runID)
            )
            written += 1
        }
        var summary: [String: String] = [:]
        if skipped > 0 { summary["teams_without_opponent_boxscore"] = String(skipped) }
        if day.scheduledGamesWithoutBoxScores > 0 {
            summary["scheduled_games_without_boxscores"] = String(day.scheduledGamesWithoutBoxScores)
        }
        return ProcessorOutcome(
            rowsWritten: [Self.table: written], rowsSkipped: skipped, inputFingerprint: outcomeFingerprint.hex,
            summary: summary)
    }

    static func values(
        _ team: TeamGame, opponent: TeamGame, date: GameDate, fingerprint: String, runID: String
    ) -> TableRow<TeamOffenseGameSummaryColumn> {
        let s = team.stats
        let possessions = s.possessions
        var quality = Phase3QualityNotes()
        quality.add(team.issues)
        let zones = team.zones
        return [
            .gameId: team.gameID, .gameCode: team.key.gameCode, .gameDate: date.description,
            .teamAbbr: team.key.team, .opponentTeamAbbr: team.opponent, .seasonYear: team.seasonYear,
            .seasonType: team.seasonType, .homeGame: team.isHome, .pointsScored: s.pts, .fgAttempts: s.fga,
            .fgMakes: s.fg, .threePtAttempts: s.fg3a, .threePtMakes: s.fg3, .ftAttempts: s.fta,
            .ftMakes: s.ft, .offensiveRebounds: s.orb, .defensiveRebounds: s.drb, .rebounds: s.trb,
            .assists: s.ast, .turnovers: s.tov, .personalFouls: s.pf, .steals: s.stl, .blocks: s.blk,
            .teamPaintAttempts: zones?.paintAttempts, .teamPaintMakes: zones?.paintMakes,
            .teamMidRangeAttempts: zones?.midRangeAttempts, .teamMidRangeMakes: zones?.midRangeMakes,
            .teamThreeAttemptsPbp: zones?.threeAttempts, .teamThreeMakesPbp: zones?.threeMakes,
            .pointsInPaintScored: zones.map { 2 * $0.paintMakes },
            .possessions: Rounding.tenth(possessions),
            .offensiveRating: BoxScoreMath.rating(points: s.pts, possessions: possessions).map(Rounding.hundredth),
            .pace: Rounding.tenth(BoxScoreMath.pace(possessions: possessions, overtimes: team.overtimes)),
            .tsPct: BoxScoreMath.trueShooting(points: s.pts, fga: s.fga, fta: s.fta).map(Rounding.thousandth),
            .actualGameMinutes: team.gameMinutes, .overtimePeriods: team.overtimes,
            .winFlag: s.pts > opponent.stats.pts, .marginOfVictory: s.pts - opponent.stats.pts,
            .playersInactive: team.inactiveCount, .shotZonesAvailable: team.zoneCoverage == .complete,
            .shotZonesSource: zones == nil ? nil : PlayerGameRow.zoneSource, .primarySourceUsed: "boxscore_sum",
            .dataQualityTier: quality.tier.rawValue, .qualityScore: quality.finalScore,
            .dataQualityIssues: quality.json, .inputFingerprint: fingerprint, .runId: runID,
        ]
    }
}
