import HindcastCore

/// One feature's value and where it came from. `value` is `nil` only for a missing feature.
public struct FeatureValue: Sendable, Equatable {
    public let value: Double?
    public let source: FeatureSource

    public init(_ value: Double?, _ source: FeatureSource) {
        self.value = value
        self.source = source
    }

    /// The first candidate with a finite value, else the feature's default (tag `default`), else
    /// missing: the reference's fallback order, with honest tags.
    public static func first(_ candidates: [(Double?, FeatureSource)], feature id: FeatureID) -> FeatureValue {
        for (value, source) in candidates {
            if let value, value.isFinite { return FeatureValue(value, source) }
        }
        if let fallback = id.definition.defaultValue { return FeatureValue(fallback, .default) }
        return FeatureValue(nil, .missing)
    }
}

/// How context-derived values are tagged (DESIGN §5): by the origin of the context row, and never
/// `phase3` when the row is absent.
enum ContextTag {
    /// The tag of a value read straight from a context row.
    static func phase3(_ row: PlayerContextRecord) -> FeatureSource {
        row.isSynthetic ? .phase3Synthetic : .phase3Observed
    }

    /// The tag of a Phase 4 value; `dependsOnContext` values from rows that consumed synthetic
    /// context are `phase4_synthetic_input`.
    static func phase4(origin: ContextOrigin?, dependsOnContext: Bool) -> FeatureSource {
        dependsOnContext && origin == .synthetic ? .phase4SyntheticInput : .phase4
    }
}
