/// Settings of the feature store and its quality score.
public struct FeatureSettings: Codable, Sendable, Equatable {
    /// Quality weight per source tag (DESIGN §5); tags not listed use their default weight.
    public var sourceWeights: [String: Double] = Dictionary(
        uniqueKeysWithValues: FeatureSource.allCases.map { ($0.rawValue, $0.defaultWeight) })
    /// Days from the season's opening day that count as early season (the reference's bootstrap).
    public var earlySeasonDays: Int = 14
    /// What the feature store writes for early-season dates.
    public var earlySeasonMode: EarlySeasonMode = .flag
    /// Score cap when any required feature is a default, and when five or more are.
    public var capWithOneDefault: Double = 69
    public var capWithFiveDefaults: Double = 49
    /// Let a synthetic row's estimated line, spread and total fill the matching features, tagged
    /// `estimated` (never `vegas_observed`); off: only observed snapshots become line features.
    public var estimatesAsFeatures: Bool = false

    public init() {}

    /// The weight of a tag under this profile.
    public func weight(of source: FeatureSource) -> Double { sourceWeights[source.rawValue] ?? source.defaultWeight }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case sourceWeights = "source_weights"
        case earlySeasonDays = "early_season_days"
        case earlySeasonMode = "early_season_mode"
        case capWithOneDefault = "cap_with_one_default"
        case capWithFiveDefaults = "cap_with_five_defaults"
        case estimatesAsFeatures = "estimates_as_features"
    }

    public init(from decoder: any Decoder) throws {
        try ProfileKeys.refuseUnknown(in: decoder, known: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = FeatureSettings()
        let weights = try c.decodeIfPresent([String: Double].self, forKey: .sourceWeights) ?? [:]
        let knownTags = Set(FeatureSource.allCases.map(\.rawValue))
        if let unknown = weights.keys.sorted().first(where: { !knownTags.contains($0) }) {
            throw DecodingError.dataCorruptedError(
                forKey: .sourceWeights, in: c,
                debugDescription:
                    "unknown source tag \"\(unknown)\"; known: \(knownTags.sorted().joined(separator: ", "))")
        }
        sourceWeights = d.sourceWeights.merging(weights) { _, new in new }
        earlySeasonDays = try c.decodeIfPresent(Int.self, forKey: .earlySeasonDays) ?? d.earlySeasonDays
        let mode = try c.decodeIfPresent(String.self, forKey: .earlySeasonMode)
        guard let earlySeasonMode = mode.map(EarlySeasonMode.init(rawValue:)) ?? d.earlySeasonMode else {
            throw DecodingError.dataCorruptedError(
                forKey: .earlySeasonMode, in: c, debugDescription: "early_season_mode must be \"flag\" or \"compute\"")
        }
        self.earlySeasonMode = earlySeasonMode
        capWithOneDefault = try c.decodeIfPresent(Double.self, forKey: .capWithOneDefault) ?? d.capWithOneDefault
        capWithFiveDefaults = try c.decodeIfPresent(Double.self, forKey: .capWithFiveDefaults) ?? d.capWithFiveDefaults
        estimatesAsFeatures =
            try c.decodeIfPresent(Bool.self, forKey: .estimatesAsFeatures) ?? d.estimatesAsFeatures
    }
}

/// What the feature store writes for dates in the season's first `early_season_days`.
public enum EarlySeasonMode: String, Codable, Sendable, CaseIterable {
    /// Early-season rows carry the flag and NULL features, as the reference.
    case flag
    /// They get real features (the reference's `--include-bootstrap`).
    case compute
}
