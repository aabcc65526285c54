import GRDB
import HindcastCore
import HindcastStore

/// Where each feature's value, source and quality go in an `ml_feature_store` row.
struct FeatureStoreSlots: Sendable {
    let value: [MlFeatureStoreColumn]
    let source: [MlFeatureStoreColumn]
    let quality: [MlFeatureStoreColumn]

    init() {
        value = FeatureCatalog.all.map { MlFeatureStoreColumn.slot($0.index, .value) }
        source = FeatureCatalog.all.map { MlFeatureStoreColumn.slot($0.index, .source) }
        quality = FeatureCatalog.all.map { MlFeatureStoreColumn.slot($0.index, .quality) }
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
        placeholder: Bool, slots: FeatureStoreSlots,
        extra: [(MlFeatureStoreColumn, (any DatabaseValueConvertible)?)]
    ) -> (values: TableRow<MlFeatureStoreColumn>, fingerprint: String) {
        let quality = FeatureQuality(sources: features.map(\.source), settings: settings)
        var row = TableRow<MlFeatureStoreColumn>()
        var fingerprint = setFeatures(features, in: &row, slots: slots, settings: settings)
        let syntheticContext = context.isSynthetic ? context.syntheticFields : "[]"
        row[.playerLookup] = context.playerLookup
        row[.universalPlayerId] = context.universalPlayerID
        row[.gameDate] = request.date.description
        row[.gameId] = context.gameID
        row[.teamAbbr] = context.teamAbbr
        row[.opponentTeamAbbr] = context.opponentTeamAbbr
        row[.isHome] = context.homeGame
        row[.daysRest] = context.daysRest
        row[.featureCount] = features.count
        row[.featureQualityScore] = placeholder ? 0.0 : quality.score
        row[.qualityTier] = placeholder ? QualityTier.critical.rawValue : quality.tier.rawValue
        row[.qualityAlertLevel] = placeholder ? "red" : quality.alertLevel
        row[.defaultFeatureCount] = quality.defaultCount
        row[.requiredDefaultCount] = quality.requiredDefaultCount
        row[.defaultFeatureIndices] = JSONText.array(quality.defaultIndices)
        row[.syntheticFeatureCount] = quality.syntheticCount
        row[.syntheticShare] = quality.syntheticShare
        row[.syntheticFeatureIndices] = JSONText.array(quality.syntheticIndices)
        row[.phase4FeatureCount] = quality.phase4Count
        row[.phase3FeatureCount] = quality.phase3Count
        row[.calculatedFeatureCount] = quality.calculatedCount
        row[.matchupQualityPct] = quality.categoryScores[.matchup]
        row[.playerHistoryQualityPct] = quality.categoryScores[.playerHistory]
        row[.teamContextQualityPct] = quality.categoryScores[.teamContext]
        row[.vegasQualityPct] = quality.categoryScores[.vegas]
        row[.gameContextQualityPct] = quality.categoryScores[.gameContext]
        row[.hasVegasLine] = features[FeatureID.hasVegasLine.rawValue].value == 1
        row[.vegasLineSource] =
            features[FeatureID.vegasPointsLine.rawValue].value == nil ? "none" : context.currentPointsLineSource
        row[.isQualityReady] = !placeholder && quality.isQualityReady
        row[.isTrainingReady] = !placeholder && quality.isTrainingReady
        row[.dataSource] = quality.dataSource
        row[.contextOrigin] = context.contextOrigin.rawValue
        row[.syntheticContextFields] = syntheticContext
        var issues: [String] = []
        if quality.requiredDefaultCount > 0 { issues.append("required_defaults:\(quality.requiredDefaultCount)") }
        if context.isSynthetic { issues.append("synthetic_context") }
        row[.dataQualityIssues] = JSONText.array(issues)
        fingerprint.add(context.contextOrigin.rawValue)
        row[.inputFingerprint] = fingerprint.hex
        row[.runId] = request.runID
        for (column, value) in extra { row[column] = value }
        return (row, fingerprint.hex)
    }

    /// Sets the feature columns of `row`: each slot's value (NULL when defaulted or missing),
    /// source and quality weight, and the `features`, `feature_names` and `feature_sources` arrays.
    /// SQLite generates those three from the slots and `feature_version` (they are not stored);
    /// the row keeps them so its output digest covers what readers see, and the feature-store
    /// tests check that the generated columns read exactly these texts. Returns the features'
    /// fingerprint (rounded values and sources).
    static func setFeatures(
        _ features: [FeatureValue], in row: inout TableRow<MlFeatureStoreColumn>, slots: FeatureStoreSlots,
        settings: FeatureSettings
    ) -> Fingerprint {
        var fingerprint = Fingerprint()
        var array: [String] = []
        var sources: [String] = []
        array.reserveCapacity(features.count)
        sources.reserveCapacity(features.count)
        for (index, feature) in features.enumerated() {
            let stored = feature.source.isDefaultOrMissing ? nil : feature.value
            row[slots.value[index]] = stored
            row[slots.source[index]] = feature.source.rawValue
            row[slots.quality[index]] = settings.weight(of: feature.source)
            let rounded = feature.value.map(Rounding.thousandth)
            // An exact zero is written 0.0 whatever its sign: the value column (whose copy the
            // generated array reads) cannot hold a negative zero, SQLite stores it as 0.
            array.append(rounded.map { feature.value == 0 ? "0.0" : "\($0)" } ?? "null")
            sources.append(quotedSources[feature.source]!)
            fingerprint.add(rounded)
            fingerprint.add(feature.source.rawValue)
        }
        row[.features] = "[" + array.joined(separator: ",") + "]"
        row[.featureNames] = namesJSON
        row[.featureSources] = "[" + sources.joined(separator: ",") + "]"
        row[.featureVersion] = FeatureCatalog.version
        return fingerprint
    }
}
