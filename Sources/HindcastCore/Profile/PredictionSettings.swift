/// Settings of the prediction systems and their confidence rule (`docs/predictions.md`).
public struct PredictionSettings: Codable, Sendable, Equatable {
    /// Systems to run, by id. `ensemble_v1` combines every other listed system but `gbt_edge_v1`.
    public var systems: [String] = [
        "moving_average", "zone_matchup", "similarity_balanced_v1", "gbt_v1", "gbt_edge_v1",
        "ensemble_v1",
    ]
    /// Minimum |predicted − line| for an OVER/UNDER recommendation (observed lines only).
    public var edgeThreshold: Double = 2.0
    /// Minimum confidence (0-100) for an OVER/UNDER recommendation.
    public var minimumConfidence: Double = 45
    /// Confidence points removed at a synthetic share of 1.0 (scaled linearly).
    public var syntheticSharePenalty: Double = 20
    /// Confidence points removed per quality point below `qualityFloor`.
    public var lowQualityPenaltyPerPoint: Double = 0.5
    public var qualityFloor: Double = 85
    /// Trailing days of graded predictions that weight the ensemble.
    public var ensembleWindowDays: Int = 28
    /// Graded predictions each component system needs in the window before the ensemble weights
    /// by accuracy; with fewer, the components are weighted equally.
    public var ensembleMinimumGraded: Int = 50
    /// OVER/UNDER only where the walk-forward record pays: when above 0, a system's call needs at
    /// least this many graded bets at |edge| ≥ `edgeThreshold` against observed lines in the
    /// trailing `ensembleWindowDays` before D, won at `edgeRecordBreakEven` or better; else PASS.
    /// 0 (the default) turns the check off.
    public var edgeRecordMinimumBets: Int = 0
    /// The hit rate a bet must have had to be worth taking (52.4%: break-even at -110).
    public var edgeRecordBreakEven: Double = 0.524

    public init() {}

    enum CodingKeys: String, CodingKey, CaseIterable {
        case systems
        case edgeThreshold = "edge_threshold"
        case minimumConfidence = "minimum_confidence"
        case syntheticSharePenalty = "synthetic_share_penalty"
        case lowQualityPenaltyPerPoint = "low_quality_penalty_per_point"
        case qualityFloor = "quality_floor"
        case ensembleWindowDays = "ensemble_window_days"
        case ensembleMinimumGraded = "ensemble_minimum_graded"
        case edgeRecordMinimumBets = "edge_record_minimum_bets"
        case edgeRecordBreakEven = "edge_record_break_even"
    }

    public init(from decoder: any Decoder) throws {
        try ProfileKeys.refuseUnknown(in: decoder, known: CodingKeys.allCases.map(\.stringValue))
        let c = try decoder.container(keyedBy: CodingKeys.self)
        let d = PredictionSettings()
        systems = try c.decodeIfPresent([String].self, forKey: .systems) ?? d.systems
        edgeThreshold = try c.decodeIfPresent(Double.self, forKey: .edgeThreshold) ?? d.edgeThreshold
        minimumConfidence = try c.decodeIfPresent(Double.self, forKey: .minimumConfidence) ?? d.minimumConfidence
        syntheticSharePenalty =
            try c.decodeIfPresent(Double.self, forKey: .syntheticSharePenalty) ?? d.syntheticSharePenalty
        lowQualityPenaltyPerPoint =
            try c.decodeIfPresent(Double.self, forKey: .lowQualityPenaltyPerPoint) ?? d.lowQualityPenaltyPerPoint
        qualityFloor = try c.decodeIfPresent(Double.self, forKey: .qualityFloor) ?? d.qualityFloor
        ensembleWindowDays = try c.decodeIfPresent(Int.self, forKey: .ensembleWindowDays) ?? d.ensembleWindowDays
        ensembleMinimumGraded =
            try c.decodeIfPresent(Int.self, forKey: .ensembleMinimumGraded) ?? d.ensembleMinimumGraded
        edgeRecordMinimumBets =
            try c.decodeIfPresent(Int.self, forKey: .edgeRecordMinimumBets) ?? d.edgeRecordMinimumBets
        edgeRecordBreakEven = try c.decodeIfPresent(Double.self, forKey: .edgeRecordBreakEven) ?? d.edgeRecordBreakEven
    }
}
