import HindcastCore
import HindcastPredict
import Testing

/// The profile's say over training rows: a time-ordered validation slice, tier and synthetic-share
/// exclusions, and weights lowered by synthetic share.
@Suite struct TrainingSplitTests {
    static let examples: Result<[TrainingExample], any Error> = Result {
        let fixture = try TrainingFixture.warehouse()
        return try fixture.warehouse.read { db in
            try TrainingData.load(db, range: TrainingFixture.trainingRange).examples
        }
    }

    @Test func theValidationSliceIsTheNewestFifteenPercentOfDatesNeverARandomSample() throws {
        let examples = try Self.examples.get()
        let split = try TrainingSplit(examples, settings: TrainingSettings())
        let dates = Set(examples.map(\.date)).sorted()
        let validationDates = Set(split.validation.map(\.date)).sorted()
        #expect(validationDates == Array(dates.suffix(Int((0.15 * Double(dates.count)).rounded()))))
        #expect(split.training.map(\.date).max()! < validationDates.first!)
        #expect(split.validationStart == validationDates.first)
        #expect(split.training.count + split.validation.count == examples.count)
    }

    @Test func excludedTiersAndRowsOverTheSyntheticShareLimitAreLeftOut() throws {
        let examples = try Self.examples.get()
        var settings = TrainingSettings()
        settings.excludeTiers = ["bronze", "poor", "critical"]
        settings.maxSyntheticShare = 0.35
        let split = try TrainingSplit(examples, settings: settings)
        let kept = split.all
        #expect(split.excludedByTier > 0 && split.excludedBySyntheticShare > 0)
        #expect(kept.count + split.excludedByTier + split.excludedBySyntheticShare == examples.count)
        #expect(kept.allSatisfy { !settings.excludeTiers.contains($0.qualityTier) && $0.syntheticShare <= 0.35 })
        #expect(split.excludedByTier == examples.filter { settings.excludeTiers.contains($0.qualityTier) }.count)
    }

    @Test func syntheticDownweightLowersEachRowsWeightByItsShare() throws {
        let examples = try Self.examples.get()
        var settings = TrainingSettings()
        settings.syntheticDownweight = 0.5
        let split = try TrainingSplit(examples, settings: settings)
        let example = try #require(examples.first { $0.syntheticShare > 0.2 })
        #expect(split.weight(of: example) == 1 - 0.5 * example.syntheticShare)
        let unweighted = try TrainingSplit(examples, settings: TrainingSettings())
        #expect(unweighted.weight(of: example) == 1)
    }

    @Test func downweightedTrainingGivesADifferentModelThanUnweighted() throws {
        let fixture = try TrainingFixture.warehouse()
        var settings = TrainingFixture.settings
        let plain = try fixture.warehouse.read { db in
            try PointsModelTrainer.train(db, name: "w", range: TrainingFixture.trainingRange, settings: settings)
        }
        settings.syntheticDownweight = 0.8
        let weighted = try fixture.warehouse.read { db in
            try PointsModelTrainer.train(db, name: "w", range: TrainingFixture.trainingRange, settings: settings)
        }
        #expect(plain.entry.modelID != weighted.entry.modelID)
        #expect(plain.entry.trainingRowCount == weighted.entry.trainingRowCount)
    }

    @Test func anUnknownTierOrAnOutOfRangeSettingIsRefusedByName() throws {
        var settings = TrainingSettings()
        settings.excludeTiers = ["platinum"]
        #expect(throws: TrainingError.unknownTier("platinum")) { try TrainingSplit([], settings: settings) }
        settings = TrainingSettings()
        settings.validationFraction = 1
        #expect(throws: TrainingError.self) { try TrainingSplit([], settings: settings) }
        #expect(TrainingError.unknownTier("platinum").description.contains("gold, silver, bronze, poor, critical"))
    }
}
