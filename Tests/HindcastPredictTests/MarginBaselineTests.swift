import Foundation
import HindcastCore
import HindcastPredict
import Testing

/// The baseline margin the trees learn the residual over, and the per-prediction contributions.
@Suite struct MarginBaselineTests {
    /// Rows `x = 0...99` with `y = 2 + 3x`, every tenth row thrown 40 points up.
    static var lineWithOutliers: TrainingSet {
        let rows: [[Double]] = (0..<100).map { index -> [Double] in
            [Double(index), index % 7 == 0 ? Double.nan : 1]
        }
        let targets: [Double] = (0..<100).map { index -> Double in
            let outlier: Double = index % 10 == 0 ? 40 : 0
            return 2 + 3 * Double(index) + outlier
        }
        return TrainingSet(featureNames: ["x", "z"], rows: rows, targets: targets)
    }

    @Test func leastAbsoluteDeviationIgnoresOutliersAndAPieceNeedsItsInputs() {
        let baseline = MarginBaseline.fit(Self.lineWithOutliers, candidates: [["x", "z"], ["x"]], minimumRows: 10)
        #expect(baseline.pieces.count == 2)
        #expect(baseline.pieces[0].rows == 85)
        #expect(baseline.pieces[1].rows == 100)
        let fit = baseline.pieces[1]
        #expect(abs(fit.intercept - 2) < 0.01 && abs(fit.coefficients[0] - 3) < 0.001)
        // A row whose z is missing falls to the second piece; a row without x to the constant.
        #expect(baseline.pieceIndex(row: [10, .nan]) == 1)
        #expect(baseline.pieceIndex(row: [10, 1]) == 0)
        #expect(baseline.pieceIndex(row: [.nan, 1]) == nil)
        #expect(abs(baseline.margin(row: [10, .nan]) - 32) < 0.02)
        // Too few rows: the candidate is left out.
        #expect(MarginBaseline.fit(Self.lineWithOutliers, candidates: [["x"]], minimumRows: 101).pieces.isEmpty)
    }

    @Test func theTreesLearnTheResidualOverTheMarginAndContributionsAddUpToThePrediction() throws {
        let set = Self.lineWithOutliers
        let baseline = MarginBaseline.fit(set, candidates: [["x"]], minimumRows: 10)
        let parameters = BoostingParameters(
            trees: 30, maxDepth: 2, learningRate: 0.3, minRowsInLeaf: 5, bins: 16, loss: .absolute)
        let model = try GradientBoostingTrainer.train(set, parameters: parameters, baseline: baseline)
        #expect(model.baseline == baseline)
        for row in set.rows {
            let parts = model.contributions(row: row)
            let total = parts.bias + parts.margin + parts.perFeature.reduce(0, +)
            #expect(abs(total - model.predict(row: row)) < 1e-9)
        }
        // The residual over an exact LAD line is zero for 90 rows: the median loss keeps them there.
        let exact = set.rows.indices.filter { $0 % 10 != 0 }
        let errors = exact.map { abs(model.predict(row: set.rows[$0]) - set.targets[$0]) }
        #expect(errors.reduce(0, +) / Double(errors.count) < 0.5)
        // The JSON round trip keeps the baseline; an old model without one still decodes.
        let decoded = try JSONDecoder().decode(GradientBoostedModel.self, from: Data(JSONText.encode(model).utf8))
        #expect(decoded == model)
        let plain = try GradientBoostingTrainer.train(set, parameters: BoostingParameters(trees: 3, minRowsInLeaf: 5))
        var json = JSONText.encode(plain)
        json = json.replacingOccurrences(of: ",\"loss\":\"squared\"", with: "")
        #expect(!json.contains("loss") && !json.contains("baseline"))
        let old = try JSONDecoder().decode(GradientBoostedModel.self, from: Data(json.utf8))
        #expect(old == plain)
    }
}
