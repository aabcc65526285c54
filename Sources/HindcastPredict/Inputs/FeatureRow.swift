import HindcastCore

/// One `ml_feature_store` row: a player's features on a date and their provenance.
public struct FeatureRow: Sendable, Equatable {
    public var playerLookup: String
    public var universalPlayerID: String?
    public var gameID: String
    public var teamAbbr: String?
    public var opponentTeamAbbr: String?
    public var isHome: Bool?
    /// Calendar days since the player's previous game played (back-to-back = 1).
    public var daysRest: Int?
    public var features: FeatureVector
    public var qualityScore: Double
    public var qualityTier: String
    public var syntheticFeatureCount: Int
    public var syntheticShare: Double
    /// JSON array text, as stored.
    public var defaultFeatureIndices: String
    /// `observed`, `synthetic`, or `nil` when the player had no context row.
    public var contextOrigin: String?
    public var syntheticContextFields: [String]
    public var earlySeason: Bool
    public var inputFingerprint: String

    public init(
        playerLookup: String, universalPlayerID: String? = nil, gameID: String, teamAbbr: String?,
        opponentTeamAbbr: String?, isHome: Bool?, daysRest: Int?, features: FeatureVector, qualityScore: Double,
        qualityTier: String, syntheticFeatureCount: Int, syntheticShare: Double, defaultFeatureIndices: String = "[]",
        contextOrigin: String?, syntheticContextFields: [String], earlySeason: Bool = false,
        inputFingerprint: String = ""
    ) {
        self.playerLookup = playerLookup
        self.universalPlayerID = universalPlayerID
        self.gameID = gameID
        self.teamAbbr = teamAbbr
        self.opponentTeamAbbr = opponentTeamAbbr
        self.isHome = isHome
        self.daysRest = daysRest
        self.features = features
        self.qualityScore = qualityScore
        self.qualityTier = qualityTier
        self.syntheticFeatureCount = syntheticFeatureCount
        self.syntheticShare = syntheticShare
        self.defaultFeatureIndices = defaultFeatureIndices
        self.contextOrigin = contextOrigin
        self.syntheticContextFields = syntheticContextFields
        self.earlySeason = earlySeason
        self.inputFingerprint = inputFingerprint
    }

    /// An early-season placeholder: the feature store flagged the row and wrote no features (its
    /// `early_season_mode` is `flag`, as the reference). Nothing can be predicted from it.
    public var isPlaceholder: Bool {
        earlySeason && features.filled.allSatisfy { $0 == nil } && features.observed.allSatisfy { $0 == nil }
    }

    /// Whether the player plays at home: feature 15 when observed, else the row's `is_home`.
    public var playsAtHome: Bool {
        if let value = features.value(.homeAway) { return value >= 0.5 }
        return isHome ?? false
    }
}
