import HindcastPredict
import Testing

@Suite struct GradientBoostingTrainerTests {
    /// One tree of depth `depth`, no shrinkage and no regularisation: leaves are plain residual means.
    private func exactParameters(depth: Int = 1, minRows: Int = 1) -> BoostingParameters {
        BoostingParameters(trees: 1, maxDepth: depth, learningRate: 1, minRowsInLeaf: minRows, lambda: 0)
    }

    private func oneFeature(_ values: [Double], _ targets: [Double], weights: [Double]? = nil) -> TrainingSet {
        TrainingSet(featureNames: ["x"], rows: values.map { [$0] }, targets: targets, weights: weights)
    }

    /// Training rows reaching each leaf of `tree`, found by walking its public node arrays.
    private func leafRowCounts(_ tree: RegressionTree, rows: [[Double]]) -> [Int: Int] {
        var counts: [Int: Int] = [:]
        for row in rows {
            var node = 0
            while tree.features[node] >= 0 {
                let value = row[Int(tree.features[node])]
                let left = value.isNaN ? tree.missingGoesLeft[node] : value <= tree.thresholds[node]
                node = Int(left ? tree.leftChildren[node] : tree.rightChildren[node])
            }
            counts[node, default: 0] += 1
        }
        return counts
    }

    @Test func splitsHalfwayBetweenTheValuesAroundAnObviousThreshold() throws {
        let set = oneFeature([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 0, 0, 0, 0, 10, 10, 10, 10, 10])
        let model = try GradientBoostingTrainer.train(set, parameters: exactParameters())
        let tree = try #require(model.trees.first)
        #expect(model.baseScore == 5)
        #expect(tree.features[0] == 0 && tree.thresholds[0] == 5.5)
        #expect(model.predict(row: [5]) == 0 && model.predict(row: [5.4]) == 0)
        #expect(model.predict(row: [5.6]) == 10 && model.predict(row: [100]) == 10)
    }

    @Test func missingValuesLearnTheDirectionThatGainsMore() throws {
        let values: [Double] = [1, 2, 3, .nan, .nan, 6, 7, 8]
        let highMissing = try GradientBoostingTrainer.train(
            oneFeature(values, [0, 0, 0, 10, 10, 10, 10, 10]), parameters: exactParameters())
        #expect(highMissing.trees[0].missingGoesLeft[0] == false)
        #expect(highMissing.predict(row: [.nan]) == 10)
        let lowMissing = try GradientBoostingTrainer.train(
            oneFeature(values, [0, 0, 0, 0, 0, 10, 10, 10]), parameters: exactParameters())
        #expect(lowMissing.trees[0].missingGoesLeft[0] == true)
        #expect(lowMissing.predict(row: [.nan]) == 0)
    }

    @Test func missingValuesUnseenInTrainingFollowTheHeavierSide() throws {
        let set = oneFeature([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], [0, 0, 0, 10, 10, 10, 10, 10, 10, 10])
        let model = try GradientBoostingTrainer.train(set, parameters: exactParameters())
        #expect(model.trees[0].thresholds[0] == 3.5 && model.trees[0].missingGoesLeft[0] == false)
        #expect(model.predict(row: [.nan]) == 10)
    }

    @Test func everyLeafKeepsAtLeastMinRowsInLeaf() throws {
        let values: [Double] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]
        let set = oneFeature(values, [100, 0, 0, 0, 50, 0, 0, 0, 0, 0, 0, -40])
        let loose = try GradientBoostingTrainer.train(set, parameters: exactParameters())
        #expect(loose.trees[0].thresholds[0] == 1.5)
        let model = try GradientBoostingTrainer.train(set, parameters: exactParameters(depth: 4, minRows: 3))
        let counts = leafRowCounts(model.trees[0], rows: set.rows)
        #expect(counts.count >= 2)
        #expect(counts.values.allSatisfy { $0 >= 3 })
        #expect(model.trees[0].thresholds[0] == 5.5)
    }

    @Test func equalGainsGoToTheLowestFeatureThenTheLowestBin() throws {
        let values: [Double] = [1, 2, 3, 4]
        let set = TrainingSet(featureNames: ["a", "b"], rows: values.map { [$0, $0] }, targets: [0, 10, 10, 0])
        let model = try GradientBoostingTrainer.train(set, parameters: exactParameters())
        #expect(model.trees[0].features[0] == 0)
        #expect(model.trees[0].thresholds[0] == 1.5)
        #expect(model.importance(of: "a") == 1 && model.importance(of: "b") == 0)
    }

    @Test func sameDataAndParametersGiveAnIdenticalModel() throws {
        let rows: [[Double]] = [
            [1, .nan], [2, 0.5], [3, 0.25], [4, .nan], [5, 0.75], [6, 1], [7, 0.125], [8, .nan], [9, 2], [10, 3],
        ]
        let set = TrainingSet(featureNames: ["a", "b"], rows: rows, targets: [3, 1, 4, 1, 5, 9, 2, 6, 5, 3])
        let parameters = BoostingParameters(trees: 30, maxDepth: 3, learningRate: 0.3, minRowsInLeaf: 2)
        let first = try GradientBoostingTrainer.train(set, parameters: parameters)
        let second = try GradientBoostingTrainer.train(set, parameters: parameters)
        #expect(first == second)
        #expect(first.trees.count == 30)
    }

    @Test func zeroWeightRowsDoNotMoveTheFit() throws {
        let set = oneFeature([1, 2, 3, 4, 5, 6, 7], [0, 0, 0, 10, 10, 10, 1000], weights: [1, 1, 1, 1, 1, 1, 0])
        let model = try GradientBoostingTrainer.train(set, parameters: exactParameters())
        #expect(model.baseScore == 5)
        #expect(model.predict(row: [1]) == 0 && model.predict(row: [7]) == 10)
    }

    @Test func earlyStoppingKeepsTheTreesUpToTheBestValidationRound() throws {
        let values: [Double] = [1, 2, 3, 4, 5, 6, 7, 8]
        let training = oneFeature(values, [0, 0, 0, 0, 10, 10, 10, 10])
        let validation = oneFeature(values, [1, 1, 1, 1, 9, 9, 9, 9])
        let parameters = BoostingParameters(
            trees: 50, maxDepth: 1, learningRate: 0.5, minRowsInLeaf: 1, lambda: 0, earlyStoppingRounds: 3)
        let model = try GradientBoostingTrainer.train(training, validation: validation, parameters: parameters)
        // Rounds predict 2.5 / 7.5, then 1.25 / 8.75, then 0.625 / 9.375, ...: validation is best after round 2.
        #expect(model.validationMAEHistory == [1.5, 0.25, 0.375, 0.6875, 0.84375])
        #expect(model.trees.count == 2 && model.bestIteration == 2)
        #expect(model.predict(row: [1]) == 1.25 && model.predict(row: [8]) == 8.75)
    }
}
