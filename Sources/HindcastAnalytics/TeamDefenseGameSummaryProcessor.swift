import GRDB
import HindcastCore
import HindcastStore

/// `team_defense_game_summary`: each team's game seen from its defence, i.e. the opponent's
/// offence row of the same game (points, shots and zones allowed, defensive rating, opponent pace
/// normalised by the game's actual length) plus the team's own defensive counts.
public struct TeamDefenseGameSummaryProcessor: Processor {
    public static let table = "team_defense_game_summary"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: .phase3,
        reads: [TableRead(TeamOffenseGameSummaryProcessor.table, .sameDate)],
        writes: [table])

    static let columns = [
        "game_id", "game_code", "game_date", "defending_team_abbr", "opponent_team_abbr", "season_year",
        "season_type", "home_game", "points_allowed", "opp_fg_attempts", "opp_fg_makes", "opp_three_pt_attempts",
        "opp_three_pt_makes", "opp_ft_attempts", "opp_ft_makes", "opp_offensive_rebounds", "opp_rebounds",
        "opp_assists", "turnovers_forced", "fouls_committed", "opp_paint_attempts", "opp_paint_makes",
        "opp_mid_range_attempts", "opp_mid_range_makes", "points_in_paint_allowed", "mid_range_points_allowed",
        "three_pt_points_allowed", "steals", "blocks", "defensive_rebounds", "opp_possessions", "defensive_rating",
        "opponent_pace", "opponent_ts_pct", "actual_game_minutes", "overtime_periods", "win_flag",
        "margin_of_victory", "shot_zones_available", "shot_zones_source", "primary_source_used", "data_quality_tier",
        "quality_score", "data_quality_issues", "input_fingerprint", "run_id",
    ]

    /// The offence columns read, in this order.
    static let offenseColumns = [
        "game_id", "game_code", "team_abbr", "opponent_team_abbr", "season_year", "season_type", "home_game",
        "points_scored", "fg_attempts", "fg_makes", "three_pt_attempts", "three_pt_makes", "ft_attempts", "ft_makes",
        "offensive_rebounds", "rebounds", "assists", "turnovers", "personal_fouls", "team_paint_attempts",
        "team_paint_makes", "team_mid_range_attempts", "team_mid_range_makes", "steals", "blocks",
        "defensive_rebounds", "actual_game_minutes", "overtime_periods", "win_flag", "margin_of_victory",
        "shot_zones_available", "shot_zones_source", "data_quality_issues", "input_fingerprint",
    ]

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        var offense: [String: [String: DatabaseValue]] = [:]
        var prints: [String: Fingerprint] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(Self.offenseColumns.joined(separator: ", ")) FROM \(TeamOffenseGameSummaryProcessor.table)
                WHERE game_date = ? ORDER BY game_code, team_abbr
                """, arguments: [request.date.description])
        while let row = try rows.next() {
            let gameCode: String = row[1]
            let team: String = row[2]
            prints[gameCode, default: Fingerprint()].add(row: row)
            offense[gameCode + "/" + team] = Dictionary(
                uniqueKeysWithValues: zip(Self.offenseColumns, row.databaseValues))
        }
        guard !offense.isEmpty else {
            return ProcessorOutcome(
                rowsWritten: [Self.table: 0], inputFingerprint: Fingerprint().hex,
                skipReason: "no team offense rows for \(request.date)")
        }
        let inserter = try RowInserter(db, table: Self.table, columns: Self.columns, sink: request.outputs)
        var outcomeFingerprint = Fingerprint()
        var written = 0
        var skipped = 0
        for key in offense.keys.sorted() {
            let own = offense[key]!
            let gameCode = String.fromDatabaseValue(own["game_code"]!) ?? ""
            let opponentKey = gameCode + "/" + (String.fromDatabaseValue(own["opponent_team_abbr"]!) ?? "")
            guard let opp = offense[opponentKey] else {
                skipped += 1
                continue
            }
            let fingerprint = prints[gameCode]!.hex
            outcomeFingerprint.add(fingerprint)
            try inserter.insert(
                Self.values(own: own, opp: opp, date: request.date, fingerprint: fingerprint, runID: request.runID))
            written += 1
        }
        return ProcessorOutcome(
            rowsWritten: [Self.table: written], rowsSkipped: skipped, inputFingerprint: outcomeFingerprint.hex,
            summary: skipped > 0 ? ["teams_without_opponent_row": String(skipped)] : [:])
    }

    static func values(
        own: [String: DatabaseValue], opp: [String: DatabaseValue], date: GameDate, fingerprint: String, runID: String
    ) -> [(any DatabaseValueConvertible)?] {
        func int(_ row: [String: DatabaseValue], _ column: String) -> Int { Int.fromDatabaseValue(row[column]!) ?? 0 }
        func optionalInt(_ row: [String: DatabaseValue], _ column: String) -> Int? {
            Int.fromDatabaseValue(row[column]!)
        }
        let points = int(opp, "points_scored")
        let fga = int(opp, "fg_attempts")
        let fta = int(opp, "ft_attempts")
        let possessions = BoxScoreMath.possessions(
            fga: fga, fta: fta, tov: int(opp, "turnovers"), orb: int(opp, "offensive_rebounds"))
        let overtimes = int(own, "overtime_periods")
        let paintMakes = optionalInt(opp, "team_paint_makes")
        let midMakes = optionalInt(opp, "team_mid_range_makes")
        var quality = Phase3QualityNotes()
        quality.add(JSONText.strings(String.fromDatabaseValue(opp["data_quality_issues"]!)))
        quality.add(JSONText.strings(String.fromDatabaseValue(own["data_quality_issues"]!)))
        let row: [String: (any DatabaseValueConvertible)?] = [
            "game_id": own["game_id"], "game_code": own["game_code"], "game_date": date.description,
            "defending_team_abbr": own["team_abbr"], "opponent_team_abbr": own["opponent_team_abbr"],
            "season_year": own["season_year"], "season_type": own["season_type"], "home_game": own["home_game"],
            "points_allowed": points, "opp_fg_attempts": fga, "opp_fg_makes": opp["fg_makes"],
            "opp_three_pt_attempts": opp["three_pt_attempts"], "opp_three_pt_makes": opp["three_pt_makes"],
            "opp_ft_attempts": fta, "opp_ft_makes": opp["ft_makes"],
            "opp_offensive_rebounds": opp["offensive_rebounds"], "opp_rebounds": opp["rebounds"],
            "opp_assists": opp["assists"], "turnovers_forced": opp["turnovers"],
            "fouls_committed": own["personal_fouls"], "opp_paint_attempts": opp["team_paint_attempts"],
            "opp_paint_makes": paintMakes, "opp_mid_range_attempts": opp["team_mid_range_attempts"],
            "opp_mid_range_makes": midMakes, "points_in_paint_allowed": paintMakes.map { 2 * $0 },
            "mid_range_points_allowed": midMakes.map { 2 * $0 },
            "three_pt_points_allowed": 3 * int(opp, "three_pt_makes"), "steals": own["steals"],
            "blocks": own["blocks"], "defensive_rebounds": own["defensive_rebounds"],
            "opp_possessions": Rounding.tenth(possessions),
            "defensive_rating": BoxScoreMath.rating(points: points, possessions: possessions).map(Rounding.hundredth),
            "opponent_pace": Rounding.tenth(BoxScoreMath.pace(possessions: possessions, overtimes: overtimes)),
            "opponent_ts_pct": BoxScoreMath.trueShooting(points: points, fga: fga, fta: fta).map(Rounding.thousandth),
            "actual_game_minutes": own["actual_game_minutes"], "overtime_periods": overtimes,
            "win_flag": own["win_flag"], "margin_of_victory": own["margin_of_victory"],
            "shot_zones_available": opp["shot_zones_available"], "shot_zones_source": opp["shot_zones_source"],
            "primary_source_used": TeamOffenseGameSummaryProcessor.table, "data_quality_tier": quality.tier.rawValue,
            "quality_score": quality.finalScore, "data_quality_issues": quality.json,
            "input_fingerprint": fingerprint, "run_id": runID,
        ]
        return columns.map { row[$0] ?? nil }
    }
}
