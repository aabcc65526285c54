import HindcastCore

/// The confidence a stored prediction carries: the system's own confidence, lowered for synthetic
/// inputs and low feature quality (`docs/predictions.md`):
///
///     confidence = clamp(raw − synthetic_share × synthetic_share_penalty
///                            − max(0, quality_floor − feature_quality_score) × low_quality_penalty_per_point,
///                        0, 100)
public struct ConfidenceRule: Sendable, Equatable {
    public let syntheticSharePenalty: Double
    public let qualityFloor: Double
    public let lowQualityPenaltyPerPoint: Double

    public init(_ settings: PredictionSettings) {
        syntheticSharePenalty = settings.syntheticSharePenalty
        qualityFloor = settings.qualityFloor
        lowQualityPenaltyPerPoint = settings.lowQualityPenaltyPerPoint
    }

    /// The penalised confidence and its two penalties.
    public struct Result: Sendable, Equatable {
        public let raw: Double
        public let syntheticPenalty: Double
        public let qualityPenalty: Double
        public let confidence: Double
    }

    public func apply(raw: Double, syntheticShare: Double, qualityScore: Double) -> Result {
        let clampedRaw = min(100, max(0, raw))
        let synthetic = min(1, max(0, syntheticShare)) * syntheticSharePenalty
        let quality = max(0, qualityFloor - qualityScore) * lowQualityPenaltyPerPoint
        return Result(
            raw: Rounding.hundredth(clampedRaw), syntheticPenalty: Rounding.hundredth(synthetic),
            qualityPenalty: Rounding.hundredth(quality),
            confidence: Rounding.hundredth(min(100, max(0, clampedRaw - synthetic - quality))))
    }
}
