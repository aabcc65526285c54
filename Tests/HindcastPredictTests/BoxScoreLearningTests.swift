import Foundation
import HindcastPredict
import Testing

/// Learning on real 2021-22 NBA box scores: points from the same game's minutes and shot attempts.
@Suite struct BoxScoreLearningTests {
    /// Played rows of the bundled 2021-22 box scores: game date, features and points.
    private struct BoxScores {
        static let featureNames = ["minutes", "fga", "fta", "fg3a"]
        var dates: [String] = []
        var rows: [[Double]] = []
        var points: [Double] = []

        init() throws {
            let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
                .deletingLastPathComponent().appendingPathComponent(
                    "Sources/HindcastIngest/Bundled/2021-22/player_boxscores.csv")
            let text = try String(contentsOf: url, encoding: .utf8)
            try #require(!text.contains("\""), "quoted fields would break comma splitting")
            var lines = text.split(separator: "\n")
            let header = lines.removeFirst().split(separator: ",").map(String.init)
            let column = { (name: String) throws -> Int in try #require(header.firstIndex(of: name)) }
            let date = try column("game_date")
            let played = try column("played")
            let pts = try column("pts")
            let features = try Self.featureNames.map(column)
            for line in lines {
                let fields = line.split(separator: ",", omittingEmptySubsequences: false)
                try #require(fields.count == header.count)
                guard fields[played] == "1" else { continue }
                dates.append(String(fields[date]))
                rows.append(try features.map { try #require(Double(fields[$0])) })
                points.append(try #require(Double(fields[pts])))
            }
        }

        /// The rows with `from <= game_date < until`.
        func slice(from: String, until: String) -> TrainingSet {
            let picked = dates.indices.filter { dates[$0] >= from && dates[$0] < until }
            return TrainingSet(
                featureNames: Self.featureNames, rows: picked.map { rows[$0] }, targets: picked.map { points[$0] })
        }
    }

    private func meanAbsoluteError(_ predictions: [Double], _ targets: [Double]) -> Double {
        zip(predictions, targets).map { abs($0 - $1) }.reduce(0, +) / Double(targets.count)
    }

    @Test func pointsModelBeatsTheTrainingMeanOnMarchGamesAndStopsEarly() throws {
        let boxScores = try BoxScores()
        let training = boxScores.slice(from: "2021-10-01", until: "2022-02-01")
        let validation = boxScores.slice(from: "2022-02-01", until: "2022-03-01")
        let march = boxScores.slice(from: "2022-03-01", until: "2022-04-01")
        try #require(training.count > 10_000 && validation.count > 2_000 && march.count > 2_000)
        let parameters = BoostingParameters(
            trees: 150, maxDepth: 3, learningRate: 0.3, minRowsInLeaf: 20, bins: 64, lambda: 1, earlyStoppingRounds: 10)
        let model = try GradientBoostingTrainer.train(training, validation: validation, parameters: parameters)

        let trainingMean = training.targets.reduce(0, +) / Double(training.count)
        let baselineMAE = meanAbsoluteError(march.rows.map { _ in trainingMean }, march.targets)
        let modelMAE = meanAbsoluteError(model.predict(rows: march.rows), march.targets)
        print(
            "march mae: training mean \(baselineMAE), model \(modelMAE); trees \(model.trees.count) of \(parameters.trees)"
        )
        #expect(modelMAE < 0.5 * baselineMAE)
        #expect(model.validationMAEHistory.count < parameters.trees)
        #expect(model.validationMAEHistory.count == model.bestIteration + parameters.earlyStoppingRounds)
        #expect(model.trees.count == model.bestIteration)
        #expect(model.validationMAEHistory[model.bestIteration - 1] == model.validationMAEHistory.min())
        let validationMAE = meanAbsoluteError(model.predict(rows: validation.rows), validation.targets)
        #expect(validationMAE == model.validationMAEHistory[model.bestIteration - 1])
        #expect(model.featureImportance.first?.name == "fga")
    }
}
