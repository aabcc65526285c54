import HindcastPredict
import Testing

@Suite struct GradientBoostingErrorTests {
    private let names = ["minutes", "fga"]

    private func trainingError(
        _ set: TrainingSet, validation: TrainingSet? = nil,
        parameters: BoostingParameters = BoostingParameters()
    ) -> GradientBoostingError? {
        do {
            _ = try GradientBoostingTrainer.train(set, validation: validation, parameters: parameters)
            return nil
        } catch {
            return error
        }
    }

    @Test func refusesARowWhoseWidthDiffersFromTheFeatureNames() {
        let error = trainingError(TrainingSet(featureNames: names, rows: [[30, 12], [25]], targets: [20, 14]))
        #expect(error == .rowWidthMismatch(set: "training", row: 1, expected: 2, found: 1))
        #expect(error?.description == "training row 1 has 1 values but there are 2 feature names")
    }

    @Test func refusesASetWithoutRows() {
        let error = trainingError(TrainingSet(featureNames: names, rows: [], targets: []))
        #expect(error == .noRows(set: "training"))
        #expect(error?.description == "training set has no rows")
    }

    @Test func refusesNonFiniteTargets() {
        let nan = trainingError(TrainingSet(featureNames: names, rows: [[30, 12], [25, 9]], targets: [20, .nan]))
        #expect(nan?.description == "training target at row 1 is not finite: nan")
        let infinite = trainingError(TrainingSet(featureNames: names, rows: [[30, 12]], targets: [.infinity]))
        #expect(infinite == .nonFiniteTarget(set: "training", row: 0, value: .infinity))
    }

    @Test func refusesInfiniteFeaturesButAcceptsMissingOnes() {
        let infinite = trainingError(TrainingSet(featureNames: names, rows: [[30, -.infinity]], targets: [20]))
        #expect(infinite?.description == "training feature 'fga' is infinite at row 0; use nan for missing values")
        let missing = trainingError(
            TrainingSet(featureNames: names, rows: [[30, .nan]], targets: [20]),
            parameters: BoostingParameters(trees: 1, minRowsInLeaf: 1))
        #expect(missing == nil)
    }

    @Test func refusesBadWeightsAndCountMismatches() {
        let rows: [[Double]] = [[30, 12], [25, 9]]
        #expect(
            trainingError(TrainingSet(featureNames: names, rows: rows, targets: [20]))
                == .targetCountMismatch(set: "training", rows: 2, targets: 1))
        #expect(
            trainingError(TrainingSet(featureNames: names, rows: rows, targets: [20, 14], weights: [1, -1]))
                == .invalidWeight(set: "training", row: 1, value: -1))
        #expect(
            trainingError(TrainingSet(featureNames: names, rows: rows, targets: [20, 14], weights: [0, 0]))
                == .zeroTotalWeight(set: "training"))
    }

    @Test func refusesAValidationSetWithOtherFeaturesOrBadRows() {
        let training = TrainingSet(featureNames: names, rows: [[30, 12], [25, 9]], targets: [20, 14])
        let renamed = TrainingSet(featureNames: ["minutes", "fta"], rows: [[30, 4]], targets: [18])
        #expect(
            trainingError(training, validation: renamed)
                == .featureNamesMismatch(training: names, validation: ["minutes", "fta"]))
        let narrow = TrainingSet(featureNames: names, rows: [[30]], targets: [18])
        #expect(
            trainingError(training, validation: narrow)
                == .rowWidthMismatch(set: "validation", row: 0, expected: 2, found: 1))
    }

    @Test func refusesOutOfRangeParameters() {
        let training = TrainingSet(featureNames: names, rows: [[30, 12], [25, 9]], targets: [20, 14])
        let error = trainingError(training, parameters: BoostingParameters(bins: 256))
        #expect(error == .invalidParameter("bins must be within 2...255, got 256"))
        #expect(error?.description == "invalid boosting parameter: bins must be within 2...255, got 256")
        #expect(trainingError(training, parameters: BoostingParameters(learningRate: 0)) != nil)
        #expect(trainingError(training, parameters: BoostingParameters(maxDepth: 0)) != nil)
    }
}
