import Foundation
import HindcastPredict
import Testing

@Suite struct GradientBoostedModelTests {
    private let rows: [[Double]] = [
        [0.1, .nan, 3], [0.7, 1.25, 1], [1.0 / 3, 2.5, .nan], [0.9, .nan, 2], [0.05, 0.2, 7], [0.61, 3.3, 1],
        [0.42, 1.7, 4], [0.88, 0.9, .nan], [0.27, 2.2, 5], [0.55, .nan, 6], [0.13, 0.4, 2], [0.99, 2.9, 3],
    ]
    private let targets: [Double] = [2.7, 8.1, 3.3, 9.6, 0.4, 7.7, 5.2, 8.8, 3.9, 6.1, 1.5, 9.9]

    private func trainedModel() throws -> GradientBoostedModel {
        let set = TrainingSet(featureNames: ["share", "rate", "count"], rows: rows, targets: targets)
        let parameters = BoostingParameters(trees: 25, maxDepth: 3, learningRate: 0.3, minRowsInLeaf: 2, lambda: 0.5)
        return try GradientBoostingTrainer.train(set, parameters: parameters)
    }

    @Test func jsonRoundTripGivesBitIdenticalPredictions() throws {
        let model = try trainedModel()
        let decoded = try JSONDecoder().decode(GradientBoostedModel.self, from: JSONEncoder().encode(model))
        #expect(decoded == model)
        let queries = rows + [[.nan, .nan, .nan], [0.5, 1.9, 2.5], [-1, 100, 0], [0.3333, 2.4999, 4.5]]
        for query in queries {
            #expect(decoded.predict(row: query).bitPattern == model.predict(row: query).bitPattern)
        }
        #expect(decoded.predict(rows: queries) == model.predict(rows: queries))
    }

    @Test func decodingRefusesATreeWhoseChildPointsBackwards() throws {
        let model = try trainedModel()
        var json = try #require(try JSONSerialization.jsonObject(with: JSONEncoder().encode(model)) as? [String: Any])
        var trees = try #require(json["trees"] as? [[String: Any]])
        var children = try #require(trees[0]["leftChildren"] as? [Int])
        children[0] = 0
        trees[0]["leftChildren"] = children
        json["trees"] = trees
        let corrupted = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(GradientBoostedModel.self, from: corrupted) }
    }

    @Test func moreRoundsKeepTheFirstTreeAndStartFromTheMeanTarget() throws {
        let model = try trainedModel()
        let single = BoostingParameters(trees: 1, maxDepth: 3, learningRate: 0.3, minRowsInLeaf: 2, lambda: 0.5)
        let first = try GradientBoostingTrainer.train(
            TrainingSet(featureNames: ["share", "rate", "count"], rows: rows, targets: targets), parameters: single)
        #expect(first.trees[0] == model.trees[0])
        #expect(model.baseScore == targets.reduce(0, +) / Double(targets.count))
        #expect(first.predict(row: rows[0]) != first.baseScore)
    }

    @Test func featureImportanceSumsToOneAndRanksByGain() throws {
        let model = try trainedModel()
        let ranked = model.featureImportance
        #expect(ranked.map(\.name).sorted() == ["count", "rate", "share"])
        #expect(abs(ranked.map(\.importance).reduce(0, +) - 1) < 1e-12)
        #expect(zip(ranked, ranked.dropFirst()).allSatisfy { $0.importance >= $1.importance })
        #expect(model.importance(of: ranked[0].name) == ranked[0].importance)
        #expect(model.importance(of: "minutes") == nil)
    }

    @Test func binEdgesStayWithinTheBinBudgetAndStrictlyIncrease() throws {
        let values = (0..<500).map { Double($0 % 97) * 0.5 }
        let set = TrainingSet(featureNames: ["x"], rows: values.map { [$0] }, targets: values)
        let model = try GradientBoostingTrainer.train(
            set, parameters: BoostingParameters(trees: 1, minRowsInLeaf: 1, bins: 16))
        let edges = model.binEdges[0]
        #expect(edges.count <= 15 && edges.count >= 10)
        #expect(zip(edges, edges.dropFirst()).allSatisfy { $0 < $1 })
        let few = try GradientBoostingTrainer.train(
            TrainingSet(featureNames: ["x"], rows: [[1], [2], [2], [4]], targets: [1, 2, 2, 4]),
            parameters: BoostingParameters(trees: 1, minRowsInLeaf: 1))
        #expect(few.binEdges == [[1.5, 3]])
    }
}
