import HindcastCore

/// The processors this module contributes to the pipeline, in declaration order.
public enum HindcastPrecomputeProcessors {
    public static let all: [any Processor] = [
        TeamDefenseZoneAnalysisProcessor(),
        PlayerShotZoneAnalysisProcessor(),
        PlayerCompositeFactorsProcessor(),
        PlayerDailyCacheProcessor(),
    ]
}
