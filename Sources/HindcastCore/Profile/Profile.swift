import Foundation

/// A versioned set of pipeline settings (`profiles/NAME.json`). Defaults live in code, in one
/// place per section; a file only needs the keys it changes, and unknown keys are refused.
public struct Profile: Codable, Sendable, Equatable {
    /// The profile file format this build reads and writes.
    public static let formatVersion = 1

    public var name: String
    /// Profile file format version.
    public var version: Int
    public var description: String
    public var context: ContextSettings
    public var features: FeatureSettings
    public var predictions: PredictionSettings
    public var training: TrainingSettings

    public init(
        name: String, version: Int = Profile.formatVersion, description: String,
        context: ContextSettings = ContextSettings(), features: FeatureSettings = FeatureSettings(),
        predictions: PredictionSettings = PredictionSettings(), training: TrainingSettings = TrainingSettings()
    ) {
        self.name = name
        self.version = version
        self.description = description
        self.context = context
        self.features = features
        self.predictions = predictions
        self.training = training
    }

    /// The default profile: synthesis on, box-score player set, no estimated lines.
    public static let standard = Profile(
        name: "default",
        description: "Production-equivalent settings: synthetic context fills gaps, no estimated lines."
    )

    /// For long historical backfills: as the default, with estimated lines stored (never graded) and
    /// real features from a season's first day (the reference's `--include-bootstrap`).
    public static let historicalBackfill: Profile = {
        var profile = Profile(
            name: "historical-backfill",
            description:
                "Historical backfills: synthetic context with estimated lines in their own column, features from opening night."
        )
        profile.context.estimateLines = true
        profile.features.earlySeasonMode = .compute
        return profile
    }()

    /// Observed context only: no synthesis, so a date without pre-game snapshots is a preflight gap
    /// (the runbook's way to see which dates production could have predicted).
    public static let observedOnly: Profile = {
        var profile = Profile(
            name: "observed-only",
            description: "Observed context only: dates without pre-game snapshots are gaps, never synthesised."
        )
        profile.context.synthesize = false
        return profile
    }()

    /// The profiles built into the binary, by name.
    public static let builtIn: [String: Profile] = [
        standard.name: standard, historicalBackfill.name: historicalBackfill, observedOnly.name: observedOnly,
    ]

    enum CodingKeys: String, CodingKey, CaseIterable {
        case name, version, description, context, features, predictions, training
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        try ProfileKeys.refuseUnknown(in: decoder, known: CodingKeys.allCases.map(\.stringValue))
        name = try container.decode(String.self, forKey: .name)
        version = try container.decode(Int.self, forKey: .version)
        description = try container.decodeIfPresent(String.self, forKey: .description) ?? ""
        context = try container.decodeIfPresent(ContextSettings.self, forKey: .context) ?? ContextSettings()
        features = try container.decodeIfPresent(FeatureSettings.self, forKey: .features) ?? FeatureSettings()
        predictions =
            try container.decodeIfPresent(PredictionSettings.self, forKey: .predictions) ?? PredictionSettings()
        training = try container.decodeIfPresent(TrainingSettings.self, forKey: .training) ?? TrainingSettings()
    }
}

/// Refuses keys a settings section does not know, so a misspelt setting is an error, not a no-op.
enum ProfileKeys {
    struct AnyKey: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    static func refuseUnknown(in decoder: any Decoder, known: [String]) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        let unknown = container.allKeys.map(\.stringValue).filter { !known.contains($0) }.sorted()
        if let first = unknown.first {
            throw DecodingError.dataCorrupted(
                DecodingError.Context(
                    codingPath: decoder.codingPath + [AnyKey(stringValue: first)],
                    debugDescription: "unknown setting \"\(first)\"; known: \(known.joined(separator: ", "))"))
        }
    }
}
