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

    static let columns = [
        "game_id", "game_code", "game_date", "team_abbr", "opponent_team_abbr", "season_year", "season_type",
        "home_game", "points_scored", "fg_attempts", "fg_makes", "three_pt_attempts", "three_pt_makes", "ft_attempts",
        "ft_makes", "offensive_rebounds", "defensive_rebounds", "rebounds", "assists", "turnovers", "personal_fouls",
        "steals", "blocks", "team_paint_attempts", "team_paint_makes", "team_mid_range_attempts",
        "team_mid_range_makes", "team_three_attempts_pbp", "team_three_makes_pbp", "points_in_paint_scored",
        "possessions", "offensive_rating", "pace", "ts_pct", "actual_game_minutes", "overtime_periods", "win_flag",
        "margin_of_victory", "players_inactive", "shot_zones_available", "shot_zones_source", "primary_source_used",
        "data_quality_tier", "quality_score", "data_quality_issues", "input_fingerprint", "run_id",
    ]

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let day = try GameDay.load(db, date: request.date)
        guard !day.lines.isEmpty else {
            return ProcessorOutcome(
                rowsWritten: [Self.table: 0], inputFingerprint: Fingerprint().hex,
                skipReason: "no box scores imported for \(request.date)")
        }
        let teams = TeamGame.all(in: day)
        let inserter = try RowInserter(db, table: Self.table, columns: Self.columns, sink: request.outputs)
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
    ) -> [(any DatabaseValueConvertible)?] {
        let s = team.stats
        let possessions = s.possessions
        var quality = Phase3QualityNotes()
        quality.add(team.issues)
        let zones = team.zones
        let row: [String: (any DatabaseValueConvertible)?] = [
            "game_id": team.gameID, "game_code": team.key.gameCode, "game_date": date.description,
            "team_abbr": team.key.team, "opponent_team_abbr": team.opponent, "season_year": team.seasonYear,
            "season_type": team.seasonType, "home_game": team.isHome, "points_scored": s.pts, "fg_attempts": s.fga,
            "fg_makes": s.fg, "three_pt_attempts": s.fg3a, "three_pt_makes": s.fg3, "ft_attempts": s.fta,
            "ft_makes": s.ft, "offensive_rebounds": s.orb, "defensive_rebounds": s.drb, "rebounds": s.trb,
            "assists": s.ast, "turnovers": s.tov, "personal_fouls": s.pf, "steals": s.stl, "blocks": s.blk,
            "team_paint_attempts": zones?.paintAttempts, "team_paint_makes": zones?.paintMakes,
            "team_mid_range_attempts": zones?.midRangeAttempts, "team_mid_range_makes": zones?.midRangeMakes,
            "team_three_attempts_pbp": zones?.threeAttempts, "team_three_makes_pbp": zones?.threeMakes,
            "points_in_paint_scored": zones.map { 2 * $0.paintMakes },
            "possessions": Rounding.tenth(possessions),
            "offensive_rating": BoxScoreMath.rating(points: s.pts, possessions: possessions).map(Rounding.hundredth),
            "pace": Rounding.tenth(BoxScoreMath.pace(possessions: possessions, overtimes: team.overtimes)),
            "ts_pct": BoxScoreMath.trueShooting(points: s.pts, fga: s.fga, fta: s.fta).map(Rounding.thousandth),
            "actual_game_minutes": team.gameMinutes, "overtime_periods": team.overtimes,
            "win_flag": s.pts > opponent.stats.pts, "margin_of_victory": s.pts - opponent.stats.pts,
            "players_inactive": team.inactiveCount, "shot_zones_available": team.zoneCoverage == .complete,
            "shot_zones_source": zones == nil ? nil : PlayerGameRow.zoneSource, "primary_source_used": "boxscore_sum",
            "data_quality_tier": quality.tier.rawValue, "quality_score": quality.finalScore,
            "data_quality_issues": quality.json, "input_fingerprint": fingerprint, "run_id": runID,
        ]
        return columns.map { row[$0] ?? nil }
    }
}
