import GRDB
import HindcastCore

/// Turns a player's features and their quality into `ml_feature_store` columns.
enum FeatureStoreRow {
    static func columns(
        features: [FeatureValue], context: PlayerContextRecord, request: ProcessorRequest, settings: FeatureSettings,
        placeholder: Bool
    ) -> [String: (any DatabaseValueConvertible)?] {
        let quality = FeatureQuality(sources: features.map(\.source), settings: settings)
        var row: [String: (any DatabaseValueConvertible)?] = [:]
        var fingerprint = Fingerprint()
        var array: [String] = []
        for (definition, feature) in zip(FeatureCatalog.all, features) {
            let stored = feature.source.isDefaultOrMissing ? nil : feature.value
            row["feature_\(definition.index)_value"] = stored
            row["feature_\(definition.index)_source"] = feature.source.rawValue
            row["feature_\(definition.index)_quality"] = settings.weight(of: feature.source)
            let shown = feature.value.map { "\(Rounding.thousandth($0))" } ?? "null"
            array.append(shown)
            fingerprint.add("\(shown)|\(feature.source.rawValue)")
        }
        let syntheticContext = context.isSynthetic ? context.syntheticFields : "[]"
        row["player_lookup"] = context.playerLookup
        row["universal_player_id"] = context.universalPlayerID
        row["game_date"] = request.date.description
        row["game_id"] = context.gameID
        row["team_abbr"] = context.teamAbbr
        row["opponent_team_abbr"] = context.opponentTeamAbbr
        row["is_home"] = context.homeGame
        row["days_rest"] = context.daysRest
        row["features"] = "[" + array.joined(separator: ",") + "]"
        row["feature_names"] = JSONText.array(FeatureCatalog.names)
        row["feature_sources"] = JSONText.array(features.map(\.source.rawValue))
        row["feature_count"] = features.count
        row["feature_version"] = FeatureCatalog.version
        row["feature_quality_score"] = placeholder ? 0.0 : quality.score
        row["quality_tier"] = placeholder ? QualityTier.critical.rawValue : quality.tier.rawValue
        row["quality_alert_level"] = placeholder ? "red" : quality.alertLevel
        row["default_feature_count"] = quality.defaultCount
        row["required_default_count"] = quality.requiredDefaultCount
        row["default_feature_indices"] = JSONText.array(quality.defaultIndices)
        row["synthetic_feature_count"] = quality.syntheticCount
        row["synthetic_share"] = quality.syntheticShare
        row["synthetic_feature_indices"] = JSONText.array(quality.syntheticIndices)
        row["phase4_feature_count"] = quality.phase4Count
        row["phase3_feature_count"] = quality.phase3Count
        row["calculated_feature_count"] = quality.calculatedCount
        row["matchup_quality_pct"] = quality.categoryScores[.matchup]
        row["player_history_quality_pct"] = quality.categoryScores[.playerHistory]
        row["team_context_quality_pct"] = quality.categoryScores[.teamContext]
        row["vegas_quality_pct"] = quality.categoryScores[.vegas]
        row["game_context_quality_pct"] = quality.categoryScores[.gameContext]
        row["has_vegas_line"] = features[28].value == 1
        row["vegas_line_source"] = features[25].value == nil ? "none" : context.currentPointsLineSource
        row["is_quality_ready"] = !placeholder && quality.isQualityReady
        row["is_training_ready"] = !placeholder && quality.isTrainingReady
        row["data_source"] = quality.dataSource
        row["context_origin"] = context.contextOrigin.rawValue
        row["synthetic_context_fields"] = syntheticContext
        var issues: [String] = []
        if quality.requiredDefaultCount > 0 { issues.append("required_defaults:\(quality.requiredDefaultCount)") }
        if context.isSynthetic { issues.append("synthetic_context") }
        row["data_quality_issues"] = JSONText.array(issues)
        fingerprint.add(context.contextOrigin.rawValue)
        row["input_fingerprint"] = fingerprint.hex
        row["run_id"] = request.runID
        return row
    }
}
