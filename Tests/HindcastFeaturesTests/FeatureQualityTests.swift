import HindcastCore
import HindcastFeatures
import Testing

/// The quality score is bookkeeping over source tags (DESIGN §5).
@Suite struct FeatureQualityTests {
    let settings = FeatureSettings()

    /// Every feature from Phase 4, so every optional feature counts too.
    var allPhase4: [FeatureSource] { Array(repeating: .phase4, count: FeatureCatalog.all.count) }

    @Test func allPhase4IsGold() {
        let quality = FeatureQuality(sources: allPhase4, settings: settings)
        #expect(quality.score == 100)
        #expect(quality.tier == .gold)
        #expect(quality.syntheticCount == 0 && quality.requiredDefaultCount == 0)
        #expect(quality.isQualityReady && quality.isTrainingReady)
        #expect(quality.dataSource == "phase4")
    }

    @Test func oneSyntheticFeatureLowersTheMeanByItsWeight() {
        var sources = allPhase4
        sources[15] = .phase3Synthetic
        let quality = FeatureQuality(sources: sources, settings: settings)
        // 53 features at 100 and one at 75 over 54: (5300 + 75) / 54 = 99.537 → 99.54.
        #expect(quality.score == 99.54)
        #expect(quality.syntheticCount == 1 && quality.syntheticIndices == [15])
        #expect(quality.syntheticShare == 0.019)
        #expect(quality.tier == .gold)
    }

    @Test func oneRequiredDefaultCapsTheScoreAt69() {
        var sources = allPhase4
        sources[13] = .default
        let quality = FeatureQuality(sources: sources, settings: settings)
        // (5300 + 40) / 54 = 98.89, capped at 69.
        #expect(quality.score == 69)
        #expect(quality.tier == .poor)
        #expect(quality.requiredDefaultCount == 1 && quality.defaultIndices == [13])
        #expect(!quality.isQualityReady)
        #expect(quality.alertLevel == "yellow")
    }

    @Test func fiveRequiredDefaultsCapTheScoreAt49() {
        var sources = allPhase4
        for index in [0, 1, 2, 3, 13] { sources[index] = .default }
        let quality = FeatureQuality(sources: sources, settings: settings)
        #expect(quality.score == 49)
        #expect(quality.tier == .critical)
        #expect(quality.requiredDefaultCount == 5)
        #expect(quality.alertLevel == "red")
    }

    @Test func missingOptionalFeaturesDoNotCount() {
        var sources = allPhase4
        for feature in FeatureCatalog.all where !feature.required { sources[feature.index] = .missing }
        let quality = FeatureQuality(sources: sources, settings: settings)
        #expect(quality.score == 100)
        #expect(quality.scoredCount == FeatureCatalog.all.filter(\.required).count)
        #expect(quality.requiredDefaultCount == 0)
    }

    @Test func profileWeightsApply() {
        var custom = settings
        custom.sourceWeights["phase3_synthetic"] = 50
        var sources = allPhase4
        sources[15] = .phase3Synthetic
        #expect(FeatureQuality(sources: sources, settings: custom).score == Rounding.hundredth((5300 + 50) / 54))
    }
}
