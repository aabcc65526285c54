import HindcastCore

/// Where a learned prediction's departure from its baseline came from: the trees' Saabas path
/// contributions per feature, summed by the feature's source tag (`observed`, `phase4`,
/// `synthetic`, `estimated`, `default`). Market values are observed snapshots.
public struct SourceContributions: Sendable, Equatable {
    /// The tags, in the order they are reported.
    public static let tags = ["observed", "phase4", "synthetic", "estimated", "default"]

    /// Points by tag; the values add up to `departure`.
    public let byTag: [String: Double]
    /// The baseline the trees started from: base score, margin and the trees' root values.
    public let baseline: Double
    /// prediction − baseline.
    public let departure: Double

    /// Contributions of `model` on `row` (model order); `columns` maps each model feature to the
    /// feature-store row (catalog features first), whose sources `sources` holds.
    public init(model: GradientBoostedModel, row: [Double], columns: [Int], sources: FeatureVector) {
        let parts = model.contributions(row: row)
        var byTag: [String: Double] = [:]
        for (feature, value) in parts.perFeature.enumerated() where value != 0 {
            let column = columns[feature]
            let source = column < sources.sources.count ? sources.sources[column] : .vegasObserved
            byTag[Self.tag(source), default: 0] += value
        }
        self.byTag = byTag
        baseline = parts.bias + parts.margin
        departure = parts.perFeature.reduce(0, +)
    }

    /// The tag of a feature source.
    public static func tag(_ source: FeatureSource?) -> String {
        switch source {
        case .phase4: return "phase4"
        case .calculated, .vegasObserved, .phase3Observed: return "observed"
        case .phase4SyntheticInput, .phase3Synthetic: return "synthetic"
        case .estimated: return "estimated"
        case .default, .missing, nil: return "default"
        }
    }

    /// Share of the departure's size resting on synthetic or estimated inputs:
    /// (|synthetic| + |estimated|) / Σ |tag|; 0 when nothing departed.
    public var syntheticOrEstimatedShare: Double {
        let total = byTag.values.reduce(0) { $0 + abs($1) }
        guard total > 0 else { return 0 }
        return (abs(byTag["synthetic"] ?? 0) + abs(byTag["estimated"] ?? 0)) / total
    }

    /// The prediction row's `key_factors` entries: `model_baseline`, `contribution_<tag>` for every
    /// tag, and `synthetic_estimated_share`, rounded to 3 decimals.
    public var keyFactors: [String: String] {
        var factors = [
            "model_baseline": Self.text(baseline), "synthetic_estimated_share": Self.text(syntheticOrEstimatedShare),
        ]
        for tag in Self.tags { factors["contribution_\(tag)"] = Self.text(byTag[tag] ?? 0) }
        return factors
    }

    private static func text(_ value: Double) -> String {
        let rounded = (value * 1000).rounded() / 1000
        return String(rounded == 0 ? 0 : rounded)
    }
}
