import HindcastCore

/// A player's 54 features for one date, as the feature store wrote them.
public struct FeatureVector: Sendable, Equatable {
    /// The `features` array: defaults filled in; `nil` where the store has no number at all.
    public let filled: [Double?]
    /// `feature_<i>_value`: `nil` when the feature is a default or missing.
    public let observed: [Double?]
    /// `feature_<i>_source`.
    public let sources: [FeatureSource?]

    public init(filled: [Double?], observed: [Double?], sources: [FeatureSource?]) {
        let count = FeatureCatalog.all.count
        func padded<T>(_ values: [T?]) -> [T?] {
            Array((values + Array(repeating: nil, count: max(0, count - values.count))).prefix(count))
        }
        self.filled = padded(filled)
        self.observed = padded(observed)
        self.sources = padded(sources)
    }

    /// The observed value of `feature` (`nil` for a default or missing feature).
    public func value(_ feature: FeatureID) -> Double? { observed[feature.rawValue] }

    /// The value of `feature` with defaults filled in: the store's array, else the catalog's
    /// default, else `fallback`.
    public func filled(_ feature: FeatureID, or fallback: Double = 0) -> Double {
        let index = feature.rawValue
        return filled[index] ?? observed[index] ?? feature.definition.defaultValue ?? fallback
    }

    /// The source tag of `feature`, when the store recorded one.
    public func source(_ feature: FeatureID) -> FeatureSource? { sources[feature.rawValue] }

    /// Every feature as a number (defaults filled, `nan` where none exists), for learned models.
    public var row: [Double] { (0..<filled.count).map { filled[$0] ?? observed[$0] ?? .nan } }
}
