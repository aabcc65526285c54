import HindcastCore

/// One training row: a player's feature-store row on a date and the points they scored that day.
public struct TrainingExample: Sendable, Equatable {
    public var date: GameDate
    public var playerLookup: String
    /// The `features` array in catalog order, defaults filled in, NaN where the store has no
    /// number; then the observed market values (`MarketFeatures.names`, NaN where none).
    public var features: [Double]
    /// Actual points (`player_game_summary.points`), the regression target.
    public var points: Double
    public var qualityTier: String
    /// Share of the row's features that rest on synthetic context (0-1).
    public var syntheticShare: Double
    /// `observed`, `synthetic`, or `none` when the player had no context row.
    public var contextOrigin: String

    public init(
        date: GameDate, playerLookup: String, features: [Double], points: Double, qualityTier: String,
        syntheticShare: Double, contextOrigin: String
    ) {
        self.date = date
        self.playerLookup = playerLookup
        self.features = features
        self.points = points
        self.qualityTier = qualityTier
        self.syntheticShare = syntheticShare
        self.contextOrigin = contextOrigin
    }

    /// The same values as `FeatureVector.row` followed by the market values, which the
    /// walk-forward system predicts from.
    static func row(from values: [Double?], market: MarketFeatures) -> [Double] {
        let count = FeatureCatalog.all.count
        return (0..<count).map { $0 < values.count ? values[$0] ?? .nan : .nan } + market.values
    }
}
