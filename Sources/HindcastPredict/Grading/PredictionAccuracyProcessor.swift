import GRDB
import HindcastCore
import HindcastStore

/// `prediction_accuracy`: grades the date's predictions of every player with a game summary on
/// the date. Re-grading replaces the date's partition.
public struct PredictionAccuracyProcessor: Processor {
    public static let table = "prediction_accuracy"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: .grading,
        reads: [TableRead("player_prop_predictions"), TableRead("player_game_summary")],
        writes: [table])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let date = request.date.description
        let actuals = try Self.actuals(db, date: date)
        let predictions = try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, game_id, system_id, prediction_id, team_abbr, opponent_team_abbr,
                    predicted_points, confidence_score, raw_confidence_score, recommendation, has_prop_line,
                    current_points_line, line_source, sportsbook, estimated_line_value, injury_status_at_prediction,
                    season_avg_baseline, context_origin, synthetic_context_fields, feature_quality_score, quality_tier,
                    synthetic_feature_count, synthetic_share, early_season_flag, input_fingerprint
                FROM player_prop_predictions WHERE game_date = ? ORDER BY player_lookup, system_id
                """, arguments: [date])
        guard !predictions.isEmpty else {
            return ProcessorOutcome(
                rowsWritten: [Self.table: 0], inputFingerprint: Fingerprint().hex,
                skipReason: "no player_prop_predictions rows on \(date)")
        }
        let inserter = try RowInserter(
            db, table: Self.table, columns: try db.columns(in: Self.table).map(\.name), sink: request.outputs)
        var outcome = Fingerprint()
        var written = 0
        var ungraded = 0
        var counts: [String: Int] = [:]
        let graded = try ParallelMap.map(predictions) {
            row -> (PreparedRow, [String: (any DatabaseValueConvertible)?])? in
            guard let actual = actuals[row[0] as String] else { return nil }
            let values = Self.values(row, actual: actual, date: date, runID: request.runID)
            return (try inserter.prepare(values), values)
        }
        for item in graded {
            guard let (prepared, values) = item else {
                ungraded += 1
                continue
            }
            try inserter.insert(prepared)
            outcome.add((values["input_fingerprint"] ?? nil) as? String)
            written += 1
            if (values["is_voided"] ?? nil) as? Bool == true { counts["voided", default: 0] += 1 }
            if (values["is_push"] ?? nil) as? Bool == true { counts["pushes", default: 0] += 1 }
            if let correct = (values["prediction_correct"] ?? nil) as? Bool {
                counts[correct ? "correct" : "incorrect", default: 0] += 1
            }
        }
        var summary = counts.mapValues(String.init)
        summary["without_game_summary"] = String(ungraded)
        return ProcessorOutcome(
            rowsWritten: [Self.table: written], rowsSkipped: ungraded, inputFingerprint: outcome.hex, summary: summary)
    }

    /// The date's actuals by player, with one query.
    static func actuals(_ db: Database, date: String) throws -> [String: (game: ActualGame, print: String)] {
        var result: [String: (game: ActualGame, print: String)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT player_lookup, points, minutes_played, is_dnp FROM player_game_summary WHERE game_date = ?",
            arguments: [date])
        {
            let game = ActualGame(points: row[1], minutes: row[2], isDNP: row[3])
            var print = Fingerprint()
            print.add(game.points)
            print.add(game.minutes)
            print.add(game.isDNP)
            result[row[0]] = (game, print.hex)
        }
        return result
    }

    /// Columns are read by position, in the order of the predictions query above.
    static func values(
        _ row: Row, actual: (game: ActualGame, print: String), date: String, runID: String
    ) -> [String: (any DatabaseValueConvertible)?] {
        let recommendation = Recommendation(rawValue: row[9]) ?? .noLine
        let observedLine: Double? = row[10] == true ? row[11] : nil
        let prediction = GradedPrediction(
            predictedPoints: row[6], recommendation: recommendation, observedLine: observedLine,
            injuryStatus: row[15], seasonAverage: row[16])
        let grade = Grade(prediction, actual: actual.game)
        let confidence: Double = row[7]
        var print = Fingerprint()
        print.add(row[24] as String)
        print.add(actual.print)
        return [
            "player_lookup": row[0], "game_id": row[1], "game_date": date,
            "system_id": row[2], "prediction_id": row[3], "team_abbr": row[4],
            "opponent_team_abbr": row[5], "predicted_points": prediction.predictedPoints,
            "actual_points": actual.game.points, "minutes_played": actual.game.minutes,
            "confidence_score": confidence, "raw_confidence_score": row[8],
            "confidence_decile": min(10, Int(confidence / 10) + 1), "recommendation": recommendation.rawValue,
            "has_prop_line": observedLine != nil, "line_value": observedLine, "line_source": row[12],
            "line_bookmaker": row[13], "estimated_line_value": row[14],
            "absolute_error": grade.absoluteError, "signed_error": grade.signedError, "within_3_points": grade.within3,
            "within_5_points": grade.within5, "prediction_correct": grade.correct,
            "predicted_margin": grade.predictedMargin, "actual_margin": grade.actualMargin, "is_push": grade.isPush,
            "is_voided": grade.isVoided, "void_reason": grade.voidReason,
            "pre_game_injury_status": prediction.injuryStatus, "season_avg_baseline": prediction.seasonAverage,
            "season_avg_abs_error": grade.seasonAverageAbsoluteError,
            "season_avg_signed_error": grade.seasonAverageSignedError, "line_abs_error": grade.lineAbsoluteError,
            "line_signed_error": grade.lineSignedError, "context_origin": row[17],
            "synthetic_context_fields": row[18],
            "feature_quality_score": row[19], "data_quality_tier": row[20],
            "synthetic_feature_count": row[21], "synthetic_share": row[22],
            "early_season_flag": row[23], "input_fingerprint": print.hex, "run_id": runID,
        ]
    }
}
