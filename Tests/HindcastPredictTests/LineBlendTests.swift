import Foundation
import HindcastCore
import HindcastPredict
import Testing

/// The second stage on rows with a line: a least-absolute-deviation blend of the line with the
/// boosted prediction, fitted out of sample, that leaves rows without a line alone.
@Suite struct LineBlendTests {
    /// 300 rows: a line `l`, a model prediction `m` and the target `y = 1 + 0.6 l + 0.4 m`
    /// (every fifteenth row thrown 30 points up); every seventh row has no line.
    static let columns = ["market_points_line", "x"]
    static let lines: [Double] = (0..<300).map { Double(5 + $0 % 25) }
    static let predictions: [Double] = (0..<300).map { Double(3 + ($0 * 7) % 31) }
    static var set: TrainingSet {
        var rows: [[Double]] = []
        var targets: [Double] = []
        for index in 0..<300 {
            let line: Double = index % 7 == 0 ? .nan : lines[index]
            rows.append([line, Double(index % 31)])
            let outlier: Double = index % 15 == 0 ? 30 : 0
            targets.append(1 + 0.6 * lines[index] + 0.4 * predictions[index] + outlier)
        }
        return TrainingSet(featureNames: columns, rows: rows, targets: targets)
    }

    @Test func theBlendWeighsTheLineAndTheModelByWhatEachAddsAndNeedsALine() throws {
        let blend = try #require(
            LineBlend.fit(
                Self.set, predictions: Self.predictions, candidates: [["market_points_line"]], minimumRows: 50))
        let piece = try #require(blend.pieces.first)
        #expect(piece.rows == 300 - 43)
        #expect(abs(piece.intercept - 1) < 0.05)
        #expect(abs(piece.coefficients[0] - 0.6) < 0.005 && abs(piece.modelCoefficient - 0.4) < 0.005)
        #expect(
            LineBlend.fit(
                Self.set, predictions: Self.predictions, candidates: [["market_points_line"]], minimumRows: 258)
                == nil, "too few rows with a line")
        #expect(LineBlend.fit(Self.set, predictions: Self.predictions, candidates: [["no_such_feature"]]) == nil)
    }

    @Test func aBlendedModelPredictsTheBlendOnLineRowsOnlyAndItsContributionsStillAddUp() throws {
        let set = Self.set
        let parameters = BoostingParameters(
            trees: 20, maxDepth: 2, learningRate: 0.3, minRowsInLeaf: 5, bins: 16, loss: .absolute)
        let boosted = try GradientBoostingTrainer.train(set, parameters: parameters)
        let blend = try #require(
            LineBlend.fit(
                set, predictions: set.rows.map { boosted.predict(row: $0) }, candidates: [["market_points_line"]],
                minimumRows: 50))
        let model = boosted.withLineBlend(blend)
        let piece = blend.pieces[0]
        for row in set.rows {
            let expected =
                row[0].isNaN
                ? boosted.predict(row: row)
                : piece.intercept + piece.coefficients[0] * row[0] + piece.modelCoefficient * boosted.predict(row: row)
            #expect(abs(model.predict(row: row) - expected) < 1e-9)
            let parts = model.contributions(row: row)
            #expect(abs(parts.bias + parts.margin + parts.perFeature.reduce(0, +) - model.predict(row: row)) < 1e-9)
        }
        let decoded = try JSONDecoder().decode(GradientBoostedModel.self, from: Data(JSONText.encode(model).utf8))
        #expect(decoded == model)
        #expect(!JSONText.encode(boosted).contains("lineBlend"), "a model without a blend stores none")
    }
}
