import GRDB
import HindcastCore
import HindcastStore

/// Where each feature's value, source and quality go in an `ml_feature_store` row.
struct FeatureStoreSlots {
    let value: [Int]
    let source: [Int]
    let quality: [Int]

    init(_ inserter: RowInserter) throws {
        value = try FeatureCatalog.all.map { try inserter.slot("feature_\($0.index)_value") }
        source = try FeatureCatalog.all.map { try inserter.slot("feature_\($0.index)_source") }
        quality = try FeatureCatalog.all.map { try inserter.slot("feature_\($0.index)_quality") }
    }
}

/// Turns a player's features and their quality into an `ml_feature_store` row.
enum FeatureStoreRow {
    /// The names array, the same on every row.
    static let namesJSON = JSONText.array(FeatureCatalog.names)
    /// Each tag as a JSON string literal.
    static let quotedSources = Dictionary(
        uniqueKeysWithValues: FeatureSource.allCases.map { ($0, JSONText.quote($0.rawValue)) })

    /// The row's values in `inserter`'s column order; `extra` adds or overrides scalar columns.
    static func values(
        features: [FeatureValue], context: PlayerContextRecord, request: ProcessorRequest, settings: FeatureSettings,
        placeholder: Bool, inserter: RowInserter, slots: FeatureStoreSlots,
        extra: [String: (any DatabaseValueConvertible)?]
    ) throws -> (values: [(any DatabaseValueConvertible)?], fingerprint: String) {
        let quality = FeatureQuality(sources: features.map(\.source), settings: settings)
        var values = inserter.emptyRow
        var row: [String: (any DatabaseValueConvertible)?] = [:]
        var fingerprint = Fingerprint()
        var array: [String] = []
        row.reserveCapacity(60)
        var sources: [String] = []
        sources.reserveCapacity(features.count)
        for (index, feature) in features.enumerated() {
            let stored = feature.source.isDefaultOrMissing ? nil : feature.value
            values[slots.value[index]] = stored
            values[slots.source[index]] = feature.source.rawValue
            values[slots.quality[index]] = settings.weight(of: feature.source)
            let rounded = feature.value.map(Rounding.thousandth)
            array.append(rounded.map { "\($0)" } ?? "null")
            sources.append(quotedSources[feature.source]!)
            fingerprint.add(rounded)
            fingerprint.add(feature.source.rawValue)
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
        row["feature_names"] = namesJSON
        row["feature_sources"] = "[" + sources.joined(separator: ",") + "]"
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
        row["has_vegas_line"] = features[FeatureID.hasVegasLine.rawValue].value == 1
        row["vegas_line_source"] =
            features[FeatureID.vegasPointsLine.rawValue].value == nil ? "none" : context.currentPointsLineSource
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
        for (column, value) in row.merging(extra, uniquingKeysWith: { $1 }) {
            values[try inserter.slot(column)] = value
        }
        return (values, fingerprint.hex)
    }
}
