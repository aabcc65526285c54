import HindcastCore
import HindcastPredict
import Testing

/// The confidence penalty for synthetic share and low feature quality (docs/predictions.md).
@Suite struct ConfidenceRuleTests {
    let rule = ConfidenceRule(PredictionSettings())

    @Test func theDocumentedWorkedExampleLosesOnlyTheSyntheticShare() {
        // Stephen Curry, 2022-01-03: synthetic context, quality 92.68, synthetic share 0.317.
        let result = rule.apply(raw: 40, syntheticShare: 0.317, qualityScore: 92.68)
        #expect(result.syntheticPenalty == 6.34)
        #expect(result.qualityPenalty == 0)
        #expect(result.confidence == 33.66)
        #expect(result.raw == 40)
    }

    @Test func qualityBelowTheFloorCostsHalfAPointPerPoint() {
        let result = rule.apply(raw: 60, syntheticShare: 0.5, qualityScore: 78)
        #expect(result.syntheticPenalty == 10)
        #expect(result.qualityPenalty == 3.5)
        #expect(result.confidence == 46.5)
    }

    @Test func confidenceNeverLeavesZeroToOneHundred() {
        #expect(rule.apply(raw: 20, syntheticShare: 1, qualityScore: 0).confidence == 0)
        #expect(rule.apply(raw: 130, syntheticShare: 0, qualityScore: 100).confidence == 100)
    }

    @Test func observedContextAtFullQualityKeepsTheRawConfidence() {
        #expect(rule.apply(raw: 61.5, syntheticShare: 0, qualityScore: 100).confidence == 61.5)
    }
}
