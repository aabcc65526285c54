import GRDB

/// `prediction_accuracy` (`nba_predictions`): one prediction graded against the points the player scored.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PredictionAccuracyColumn: Int, TableColumn {
    case playerLookup
    case gameId
    case gameDate
    case systemId
    case predictionId
    case teamAbbr
    case opponentTeamAbbr
    case predictedPoints
    case actualPoints
    case minutesPlayed
    case confidenceScore
    case rawConfidenceScore
    case confidenceDecile
    case recommendation
    case hasPropLine
    case lineValue
    case lineSource
    case lineBookmaker
    case estimatedLineValue
    case absoluteError
    case signedError
    case within3Points
    case within5Points
    case predictionCorrect
    case predictedMargin
    case actualMargin
    case isPush
    case isVoided
    case voidReason
    case preGameInjuryStatus
    case seasonAvgBaseline
    case seasonAvgAbsError
    case seasonAvgSignedError
    case lineAbsError
    case lineSignedError
    case contextOrigin
    case syntheticContextFields
    case featureQualityScore
    case dataQualityTier
    case syntheticFeatureCount
    case syntheticShare
    case earlySeasonFlag
    case inputFingerprint
    case runId
    case syntheticContextFieldsBits
    case syntheticContextFieldsText

    public static let table = TableDeclaration(
        Self.self, name: "prediction_accuracy", dataset: .nbaPredictions, kind: .pipeline,
        summary: "One prediction graded against the points the player scored.",
        key: [.gameDate, .playerLookup, .systemId], partition: .gameDate,
        indexes: [
            IndexDeclaration(
                "prediction_accuracy_trailing", [.gameDate, .systemId, .isVoided, .absoluteError] as [Self])
        ])

    public var declaration: ColumnDeclaration {
        switch self {
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .systemId: ColumnDeclaration("system_id", .text, .notNull, "System id")
        case .predictionId:
            ColumnDeclaration(
                "prediction_id", .text, .notNull, "Prediction id, game_date_player_lookup_system_id",
                generated: CompactStorageV4.predictionIDSQL)
        case .teamAbbr: ColumnDeclaration("team_abbr", .text, .nullable, "Team tricode")
        case .opponentTeamAbbr: ColumnDeclaration("opponent_team_abbr", .text, .nullable, "Opponent team tricode")
        case .predictedPoints: ColumnDeclaration("predicted_points", .real, .notNull, "Predicted points")
        case .actualPoints: ColumnDeclaration("actual_points", .integer, .nullable, "Actual points")
        case .minutesPlayed: ColumnDeclaration("minutes_played", .real, .nullable, "Minutes played")
        case .confidenceScore: ColumnDeclaration("confidence_score", .real, .notNull, "Confidence score")
        case .rawConfidenceScore: ColumnDeclaration("raw_confidence_score", .real, .notNull, "Raw confidence score")
        case .confidenceDecile: ColumnDeclaration("confidence_decile", .integer, .notNull, "Confidence decile")
        case .recommendation: ColumnDeclaration("recommendation", .text, .notNull, "Recommendation")
        case .hasPropLine: ColumnDeclaration("has_prop_line", .flag, .notNull, "Has prop line")
        case .lineValue: ColumnDeclaration("line_value", .real, .nullable, "Line value")
        case .lineSource: ColumnDeclaration("line_source", .text, .notNull, "Line source")
        case .lineBookmaker: ColumnDeclaration("line_bookmaker", .text, .nullable, "Line bookmaker")
        case .estimatedLineValue: ColumnDeclaration("estimated_line_value", .real, .nullable, "Estimated line value")
        case .absoluteError: ColumnDeclaration("absolute_error", .real, .nullable, "Absolute error")
        case .signedError: ColumnDeclaration("signed_error", .real, .nullable, "Signed error")
        case .within3Points: ColumnDeclaration("within_3_points", .flag, .nullable, "Within 3 points")
        case .within5Points: ColumnDeclaration("within_5_points", .flag, .nullable, "Within 5 points")
        case .predictionCorrect: ColumnDeclaration("prediction_correct", .flag, .nullable, "Prediction correct")
        case .predictedMargin: ColumnDeclaration("predicted_margin", .real, .nullable, "Predicted margin")
        case .actualMargin: ColumnDeclaration("actual_margin", .real, .nullable, "Actual margin")
        case .isPush: ColumnDeclaration("is_push", .flag, .notNull, "Is push")
        case .isVoided: ColumnDeclaration("is_voided", .flag, .notNull, "Is voided")
        case .voidReason: ColumnDeclaration("void_reason", .text, .nullable, "Void reason")
        case .preGameInjuryStatus:
            ColumnDeclaration("pre_game_injury_status", .text, .nullable, "Pre game injury status")
        case .seasonAvgBaseline: ColumnDeclaration("season_avg_baseline", .real, .nullable, "Season average baseline")
        case .seasonAvgAbsError: ColumnDeclaration("season_avg_abs_error", .real, .nullable, "Season average abs error")
        case .seasonAvgSignedError:
            ColumnDeclaration("season_avg_signed_error", .real, .nullable, "Season average signed error")
        case .lineAbsError: ColumnDeclaration("line_abs_error", .real, .nullable, "Line abs error")
        case .lineSignedError: ColumnDeclaration("line_signed_error", .real, .nullable, "Line signed error")
        case .contextOrigin:
            ColumnDeclaration(
                "context_origin", .text, .nullable,
                "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)")
        case .syntheticContextFields:
            .syntheticFieldList(
                "synthetic_context_fields", description: "Context fields the row rests on that were synthetic, by name")
        case .featureQualityScore: ColumnDeclaration("feature_quality_score", .real, .nullable, "Feature quality score")
        case .dataQualityTier:
            ColumnDeclaration("data_quality_tier", .text, .nullable, "Quality tier of the row's inputs")
        case .syntheticFeatureCount:
            ColumnDeclaration("synthetic_feature_count", .integer, .nullable, "Synthetic feature count")
        case .syntheticShare: ColumnDeclaration("synthetic_share", .real, .nullable, "Synthetic share")
        case .earlySeasonFlag: ColumnDeclaration("early_season_flag", .flag, .notNull, "Early season flag")
        case .inputFingerprint: .inputFingerprint
        case .runId: .runId
        case .syntheticContextFieldsBits: .syntheticFieldBits(of: "synthetic_context_fields")
        case .syntheticContextFieldsText: .syntheticFieldText(of: "synthetic_context_fields")
        }
    }
}
