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

    /// The observed value of feature `index` (`nil` for a default or missing feature).
    public func value(_ index: Int) -> Double? { observed[index] }

    /// The value of feature `index` with defaults filled in: the store's array, else the
    /// catalog's default, else `fallback`.
    public func filled(_ index: Int, or fallback: Double = 0) -> Double {
        filled[index] ?? observed[index] ?? FeatureCatalog.feature(index).defaultValue ?? fallback
    }

    /// Every feature as a number (defaults filled, `nan` where none exists), for learned models.
    public var row: [Double] { (0..<filled.count).map { filled[$0] ?? observed[$0] ?? .nan } }
}

/// Indices of the features the rule-based systems read, by the catalog's names.
public enum Feature {
    public static let pointsAvgLast5 = index("points_avg_last_5")
    public static let pointsAvgLast10 = index("points_avg_last_10")
    public static let pointsAvgSeason = index("points_avg_season")
    public static let pointsStdLast10 = index("points_std_last_10")
    public static let gamesInLast7Days = index("games_in_last_7_days")
    public static let fatigueScore = index("fatigue_score")
    public static let shotZoneMismatch = index("shot_zone_mismatch_score")
    public static let paceScore = index("pace_score")
    public static let usageSpikeScore = index("usage_spike_score")
    public static let opponentDefRating = index("opponent_def_rating")
    public static let homeAway = index("home_away")
    public static let backToBack = index("back_to_back")
    public static let pctPaint = index("pct_paint")
    public static let pctMidRange = index("pct_mid_range")
    public static let pctThree = index("pct_three")
    public static let pctFreeThrow = index("pct_free_throw")
    public static let vegasPointsLine = index("vegas_points_line")

    private static func index(_ name: String) -> Int {
        guard let index = FeatureCatalog.index(of: name) else {
            preconditionFailure("feature \(name) is not in the catalog")
        }
        return index
    }
}
