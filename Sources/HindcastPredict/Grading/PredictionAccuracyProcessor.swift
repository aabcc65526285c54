import GRDB
import HindcastCore
import HindcastStore

/// `prediction_accuracy`: grades the date's predictions of every player with a game summary on
/// the date. Re-grading replaces the date's partition.
public struct PredictionAccuracyProcessor: Processor {
    public static let table = "prediction_accuracy"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: "grading",
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
        let inserter = try RowInserter(db, table: Self.table, columns: try db.columns(in: Self.table).map(\.name))
        var outcome = Fingerprint()
        var written = 0
        var ungraded = 0
        var counts: [String: Int] = [:]
        for row in predictions {
            guard let actual = actuals[row["player_lookup"] as String] else {
                ungraded += 1
                continue
            }
            let values = Self.values(row, actual: actual, date: date, runID: request.runID)
            try inserter.insert(values)
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

    static func values(
        _ row: Row, actual: (game: ActualGame, print: String), date: String, runID: String
    ) -> [String: (any DatabaseValueConvertible)?] {
        let recommendation = Recommendation(rawValue: row["recommendation"]) ?? .noLine
        let observedLine: Double? = row["has_prop_line"] == true ? row["current_points_line"] : nil
        let prediction = GradedPrediction(
            predictedPoints: row["predicted_points"], recommendation: recommendation, observedLine: observedLine,
            injuryStatus: row["injury_status_at_prediction"], seasonAverage: row["season_avg_baseline"])
        let grade = Grade(prediction, actual: actual.game)
        let confidence: Double = row["confidence_score"]
        var print = Fingerprint()
        print.add(row["input_fingerprint"] as String)
        print.add(actual.print)
        return [
            "player_lookup": row["player_lookup"], "game_id": row["game_id"], "game_date": date,
            "system_id": row["system_id"], "prediction_id": row["prediction_id"], "team_abbr": row["team_abbr"],
            "opponent_team_abbr": row["opponent_team_abbr"], "predicted_points": prediction.predictedPoints,
            "actual_points": actual.game.points, "minutes_played": actual.game.minutes,
            "confidence_score": confidence, "raw_confidence_score": row["raw_confidence_score"],
            "confidence_decile": min(10, Int(confidence / 10) + 1), "recommendation": recommendation.rawValue,
            "has_prop_line": observedLine != nil, "line_value": observedLine, "line_source": row["line_source"],
            "line_bookmaker": row["sportsbook"], "estimated_line_value": row["estimated_line_value"],
            "absolute_error": grade.absoluteError, "signed_error": grade.signedError, "within_3_points": grade.within3,
            "within_5_points": grade.within5, "prediction_correct": grade.correct,
            "predicted_margin": grade.predictedMargin, "actual_margin": grade.actualMargin, "is_push": grade.isPush,
            "is_voided": grade.isVoided, "void_reason": grade.voidReason,
            "pre_game_injury_status": prediction.injuryStatus, "season_avg_baseline": prediction.seasonAverage,
            "season_avg_abs_error": grade.seasonAverageAbsoluteError,
            "season_avg_signed_error": grade.seasonAverageSignedError, "line_abs_error": grade.lineAbsoluteError,
            "line_signed_error": grade.lineSignedError, "context_origin": row["context_origin"],
            "synthetic_context_fields": row["synthetic_context_fields"],
            "feature_quality_score": row["feature_quality_score"], "data_quality_tier": row["quality_tier"],
            "synthetic_feature_count": row["synthetic_feature_count"], "synthetic_share": row["synthetic_share"],
            "early_season_flag": row["early_season_flag"], "input_fingerprint": print.hex, "run_id": runID,
        ]
    }
}
