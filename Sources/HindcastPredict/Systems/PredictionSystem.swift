import HindcastCore

/// What a system sees for one player on one date: D's feature-store row and the player's earlier
/// games this season. Nothing dated D or later reaches a system except the feature-store row.
public struct PlayerDay: Sendable {
    public let date: GameDate
    public let features: FeatureRow
    /// The player's earlier games this season, oldest first (DNPs included).
    public let games: [PastGame]
    /// The whole season so far, for systems that look at opponents' earlier games.
    public let season: SeasonHistory

    public init(date: GameDate, features: FeatureRow, games: [PastGame], season: SeasonHistory) {
        self.date = date
        self.features = features
        self.games = games
        self.season = season
    }
}

/// The points adjustments a rule-based system applied, in the reference's columns.
public struct Adjustments: Sendable, Equatable {
    public var fatigue: Double?
    public var shotZone: Double?
    public var pace: Double?
    public var usageSpike: Double?
    public var homeAway: Double?
    /// Anything else (the back-to-back adjustment).
    public var other: Double?

    public init(
        fatigue: Double? = nil, shotZone: Double? = nil, pace: Double? = nil, usageSpike: Double? = nil,
        homeAway: Double? = nil, other: Double? = nil
    ) {
        self.fatigue = fatigue
        self.shotZone = shotZone
        self.pace = pace
        self.usageSpike = usageSpike
        self.homeAway = homeAway
        self.other = other
    }
}

/// Similarity statistics of a prediction built from similar earlier games.
public struct SimilarityStats: Sendable, Equatable {
    /// The similarity-weighted mean points before adjustments.
    public var baseline: Double
    public var games: Int
    public var averageScore: Double?
    public var minimumScore: Double?
}

/// Metadata of a learned model behind a prediction.
public struct ModelInfo: Sendable, Equatable {
    public var modelID: String
    public var trainingStart: String?
    public var trainingEnd: String?
    /// JSON object of feature importances.
    public var featureImportance: String?
    /// The model's inputs beyond the feature-store row (the market values), for the row's
    /// `input_fingerprint`.
    public var inputsDigest: String?

    public init(modelID: String, trainingStart: String?, trainingEnd: String?, featureImportance: String?) {
        self.modelID = modelID
        self.trainingStart = trainingStart
        self.trainingEnd = trainingEnd
        self.featureImportance = featureImportance
    }
}

/// How the ensemble's components agreed and what weighted them.
public struct EnsembleStats: Sendable, Equatable {
    /// Population variance of the component predictions.
    public var variance: Double
    /// 100 − 10 × (highest − lowest component prediction), clamped to 0-100.
    public var agreementScore: Double
    public var contributingSystems: Int
    /// The weights and their basis, as JSON.
    public var weightsJSON: String
}

/// One system's prediction for one player, before the line, penalties and recommendation.
public struct SystemPrediction: Sendable, Equatable {
    /// Predicted points (unrounded).
    public var points: Double
    /// The system's own confidence on 0-100, before the synthetic and quality penalties.
    public var baseConfidence: Double
    public var adjustments = Adjustments()
    public var similarity: SimilarityStats?
    public var model: ModelInfo?
    public var ensemble: EnsembleStats?
    /// Small facts worth showing next to the prediction (JSON object values).
    public var keyFactors: [String: String] = [:]
    public var warnings: [String] = []

    public init(points: Double, baseConfidence: Double) {
        self.points = points
        self.baseConfidence = baseConfidence
    }
}

/// A prediction system: one player-date in, one prediction out. Systems are pure functions of
/// their input, so the same inputs always give the same prediction. A learned model implements
/// this by reading `features.features.row`.
public protocol PredictionSystem: Sendable {
    /// The `system_id` its rows carry.
    var id: String { get }

    /// The prediction for one player on one date.
    func predict(_ player: PlayerDay) -> SystemPrediction

    /// Whether `ensemble_v1` combines this system's predictions (default: yes).
    var joinsEnsemble: Bool { get }
}

extension PredictionSystem {
    public var joinsEnsemble: Bool { true }
}
