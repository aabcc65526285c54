import GRDB

/// `player_prop_predictions` (`nba_predictions`): one system's points prediction and recommendation for one player's game.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PlayerPropPredictionsColumn: Int, TableColumn {
    case predictionId
    case systemId
    case playerLookup
    case universalPlayerId
    case gameDate
    case gameId
    case teamAbbr
    case opponentTeamAbbr
    case predictionVersion
    case predictedPoints
    case confidenceScore
    case rawConfidenceScore
    case syntheticConfidencePenalty
    case qualityConfidencePenalty
    case recommendation
    case edge
    case hasPropLine
    case currentPointsLine
    case lineMargin
    case lineSource
    case estimatedLineValue
    case estimationMethod
    case sportsbook
    case seasonAvgBaseline
    case seasonGamesBefore
    case similarityBaseline
    case fatigueAdjustment
    case shotZoneAdjustment
    case paceAdjustment
    case usageSpikeAdjustment
    case homeAwayAdjustment
    case otherAdjustments
    case similarGamesCount
    case avgSimilarityScore
    case minSimilarityScore
    case mlModelId
    case modelTrainingStartDate
    case modelTrainingEndDate
    case featureImportance
    case predictionVariance
    case systemAgreementScore
    case contributingSystems
    case ensembleWeights
    case keyFactors
    case warnings
    case injuryStatusAtPrediction
    case contextOrigin
    case syntheticContextFields
    case featureQualityScore
    case qualityTier
    case syntheticFeatureCount
    case syntheticShare
    case defaultFeatureIndices
    case earlySeasonFlag
    case inputFingerprint
    case runId
    case syntheticContextFieldsBits
    case syntheticContextFieldsText

    public static let table = TableDeclaration(
        Self.self, name: "player_prop_predictions", dataset: .nbaPredictions, kind: .pipeline,
        summary: "One system's points prediction and recommendation for one player's game.",
        key: [.gameDate, .playerLookup, .systemId], partition: .gameDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .predictionId:
            ColumnDeclaration(
                "prediction_id", .text, .notNull, "Prediction id, game_date_player_lookup_system_id",
                generated: CompactStorageV4.predictionIDSQL)
        case .systemId: ColumnDeclaration("system_id", .text, .notNull, "System id")
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .nullable, "Team tricode")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .nullable, "Opponent team tricode")
        case .predictionVersion: ColumnDeclaration("prediction_version", .integer, .notNull, "Prediction version")
        case .predictedPoints: ColumnDeclaration("predicted_points", .real, .notNull, "Predicted points")
        case .confidenceScore: ColumnDeclaration("confidence_score", .real, .notNull, "Confidence score")
        case .rawConfidenceScore: ColumnDeclaration("raw_confidence_score", .real, .notNull, "Raw confidence score")
        case .syntheticConfidencePenalty:
            ColumnDeclaration("synthetic_confidence_penalty", .real, .notNull, "Synthetic confidence penalty")
        case .qualityConfidencePenalty:
            ColumnDeclaration("quality_confidence_penalty", .real, .notNull, "Quality confidence penalty")
        case .recommendation: ColumnDeclaration("recommendation", .text, .notNull, "Recommendation")
        case .edge: ColumnDeclaration("edge", .real, .nullable, "Edge")
        case .hasPropLine: ColumnDeclaration("has_prop_line", .flag, .notNull, "Has prop line")
        case .currentPointsLine: ColumnDeclaration("current_points_line", .real, .nullable, "Current points line")
        case .lineMargin: ColumnDeclaration("line_margin", .real, .nullable, "Line margin")
        case .lineSource: ColumnDeclaration("line_source", .text, .notNull, "Line source")
        case .estimatedLineValue: ColumnDeclaration("estimated_line_value", .real, .nullable, "Estimated line value")
        case .estimationMethod: ColumnDeclaration("estimation_method", .text, .nullable, "Estimation method")
        case .sportsbook: ColumnDeclaration("sportsbook", .text, .nullable, "Sportsbook")
        case .seasonAvgBaseline: ColumnDeclaration("season_avg_baseline", .real, .nullable, "Season average baseline")
        case .seasonGamesBefore: ColumnDeclaration("season_games_before", .integer, .notNull, "Season games before")
        case .similarityBaseline: ColumnDeclaration("similarity_baseline", .real, .nullable, "Similarity baseline")
        case .fatigueAdjustment: ColumnDeclaration("fatigue_adjustment", .real, .nullable, "Fatigue adjustment")
        case .shotZoneAdjustment: ColumnDeclaration("shot_zone_adjustment", .real, .nullable, "Shot zone adjustment")
        case .paceAdjustment: ColumnDeclaration("pace_adjustment", .real, .nullable, "Pace adjustment")
        case .usageSpikeAdjustment:
            ColumnDeclaration("usage_spike_adjustment", .real, .nullable, "Usage spike adjustment")
        case .homeAwayAdjustment: ColumnDeclaration("home_away_adjustment", .real, .nullable, "Home away adjustment")
        case .otherAdjustments: ColumnDeclaration("other_adjustments", .real, .nullable, "Other adjustments")
        case .similarGamesCount: ColumnDeclaration("similar_games_count", .integer, .nullable, "Similar games count")
        case .avgSimilarityScore:
            ColumnDeclaration("avg_similarity_score", .real, .nullable, "Average similarity score")
        case .minSimilarityScore: ColumnDeclaration("min_similarity_score", .real, .nullable, "Min similarity score")
        case .mlModelId: ColumnDeclaration("ml_model_id", .text, .nullable, "Ml model id")
        case .modelTrainingStartDate:
            ColumnDeclaration("model_training_start_date", .date, .nullable, "Model training start date")
        case .modelTrainingEndDate:
            ColumnDeclaration("model_training_end_date", .date, .nullable, "Model training end date")
        case .featureImportance: ColumnDeclaration("feature_importance", .text, .nullable, "Feature importance")
        case .predictionVariance: ColumnDeclaration("prediction_variance", .real, .nullable, "Prediction variance")
        case .systemAgreementScore:
            ColumnDeclaration("system_agreement_score", .real, .nullable, "System agreement score")
        case .contributingSystems:
            ColumnDeclaration("contributing_systems", .integer, .nullable, "Contributing systems")
        case .ensembleWeights: ColumnDeclaration("ensemble_weights", .text, .nullable, "Ensemble weights")
        case .keyFactors: ColumnDeclaration("key_factors", .text, .nullable, "Key factors")
        case .warnings: ColumnDeclaration("warnings", .textArray, .notNull, "Warnings")
        case .injuryStatusAtPrediction:
            ColumnDeclaration("injury_status_at_prediction", .text, .nullable, "Injury status at prediction")
        case .contextOrigin:
            ColumnDeclaration(
                "context_origin", .text, .nullable,
                "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)")
        case .syntheticContextFields:
            .syntheticFieldList(
                "synthetic_context_fields", description: "Context fields the row rests on that were synthetic, by name")
        case .featureQualityScore: ColumnDeclaration("feature_quality_score", .real, .nullable, "Feature quality score")
        case .qualityTier: ColumnDeclaration("quality_tier", .text, .nullable, "Quality tier")
        case .syntheticFeatureCount:
            ColumnDeclaration("synthetic_feature_count", .integer, .nullable, "Synthetic feature count")
        case .syntheticShare: ColumnDeclaration("synthetic_share", .real, .nullable, "Synthetic share")
        case .defaultFeatureIndices:
            ColumnDeclaration("default_feature_indices", .integerArray, .nullable, "Default feature indices")
        case .earlySeasonFlag: ColumnDeclaration("early_season_flag", .flag, .notNull, "Early season flag")
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        case .syntheticContextFieldsBits: .syntheticFieldBits(of: "synthetic_context_fields")
        case .syntheticContextFieldsText: .syntheticFieldText(of: "synthetic_context_fields")
        }
    }
}
