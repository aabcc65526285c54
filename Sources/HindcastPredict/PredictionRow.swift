import GRDB
import HindcastCore

/// One `player_prop_predictions` row: a system's prediction for a player and date, compared with
/// the line, penalised for synthetic inputs, and carrying its provenance.
struct PredictionRow {
    typealias Columns = [String: (any DatabaseValueConvertible)?]

    let values: Columns

    /// Builds the row. `prediction.points` is rounded to a tenth before the edge is measured, so
    /// the stored numbers reproduce the recommendation.
    init(
        date: GameDate, systemID: String, feature: FeatureRow, line: LineChoice, context: LineContext?,
        prediction: SystemPrediction, history: [PastGame], settings: PredictionSettings, fingerprint: String,
        runID: String, record: EdgeRecord.Entry? = nil
    ) {
        let points = Rounding.tenth(prediction.points)
        let confidence = ConfidenceRule(settings).apply(
            raw: prediction.baseConfidence, syntheticShare: feature.syntheticShare, qualityScore: feature.qualityScore)
        let recommendation = Recommendation.decide(
            predicted: points, line: line, confidence: confidence.confidence, settings: settings, record: record)
        let edge = line.line.map { Rounding.tenth(points - $0) }
        let adjustments = prediction.adjustments
        func hundredth(_ value: Double?) -> Double? { value.map(Rounding.hundredth) }
        var values: Columns = [
            "prediction_id": "\(date)_\(feature.playerLookup)_\(systemID)", "system_id": systemID,
            "player_lookup": feature.playerLookup, "universal_player_id": feature.universalPlayerID,
            "game_date": date.description, "game_id": feature.gameID, "team_abbr": feature.teamAbbr,
            "opponent_team_abbr": feature.opponentTeamAbbr, "prediction_version": 1, "predicted_points": points,
            "confidence_score": confidence.confidence, "raw_confidence_score": confidence.raw,
            "synthetic_confidence_penalty": confidence.syntheticPenalty,
            "quality_confidence_penalty": confidence.qualityPenalty, "recommendation": recommendation.rawValue,
            "edge": edge, "has_prop_line": line.source == .observed, "current_points_line": line.observedLine,
            "line_margin": line.observedLine.map { Rounding.tenth(points - $0) }, "line_source": line.source.rawValue,
            "estimated_line_value": line.estimatedLine, "estimation_method": line.estimationMethod,
            "sportsbook": line.bookmaker, "season_avg_baseline": history.seasonAverage.map(Rounding.thousandth),
            "season_games_before": history.seasonGames.count, "fatigue_adjustment": hundredth(adjustments.fatigue),
            "shot_zone_adjustment": hundredth(adjustments.shotZone), "pace_adjustment": hundredth(adjustments.pace),
            "usage_spike_adjustment": hundredth(adjustments.usageSpike),
            "home_away_adjustment": hundredth(adjustments.homeAway), "other_adjustments": hundredth(adjustments.other),
            "key_factors": prediction.keyFactors.isEmpty ? nil : JSONText.object(prediction.keyFactors),
            "warnings": JSONText.array(prediction.warnings), "injury_status_at_prediction": context?.playerStatus,
            "context_origin": feature.contextOrigin,
            "synthetic_context_fields": JSONText.array(feature.syntheticContextFields),
            "feature_quality_score": feature.qualityScore, "quality_tier": feature.qualityTier,
            "synthetic_feature_count": feature.syntheticFeatureCount, "synthetic_share": feature.syntheticShare,
            "default_feature_indices": feature.defaultFeatureIndices, "early_season_flag": feature.earlySeason,
            "input_fingerprint": fingerprint, "run_id": runID,
        ]
        if let similarity = prediction.similarity {
            values["similarity_baseline"] = Rounding.tenth(similarity.baseline)
            values["similar_games_count"] = similarity.games
            values["avg_similarity_score"] = hundredth(similarity.averageScore)
            values["min_similarity_score"] = hundredth(similarity.minimumScore)
        }
        if let model = prediction.model {
            values["ml_model_id"] = model.modelID
            values["model_training_start_date"] = model.trainingStart
            values["model_training_end_date"] = model.trainingEnd
            values["feature_importance"] = model.featureImportance
        }
        if let ensemble = prediction.ensemble {
            values["prediction_variance"] = Rounding.hundredth(ensemble.variance)
            values["system_agreement_score"] = Rounding.hundredth(ensemble.agreementScore)
            values["contributing_systems"] = ensemble.contributingSystems
            values["ensemble_weights"] = ensemble.weightsJSON
        }
        self.values = values
    }
}
