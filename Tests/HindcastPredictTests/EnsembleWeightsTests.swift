import HindcastCore
import HindcastPredict
import Testing

/// How the ensemble weights its components from trailing accuracy.
@Suite struct EnsembleWeightsTests {
    let systems = ["moving_average", "zone_matchup", "similarity_balanced_v1"]
    let start = GameDate("2021-12-06")!
    let end = GameDate("2022-01-02")!

    @Test func withoutGradesTheComponentsWeighTheSame() {
        let weights = EnsembleWeights.from(
            TrailingAccuracy(start: start, end: end, bySystem: [:]), systems: systems, minimumGraded: 50)
        #expect(weights.basis == .equalNoGrades)
        #expect(Set(weights.weights.values) == [1.0 / 3])
        #expect(weights.json.contains("\"basis\":\"equal_no_grades\""))
        #expect(weights.json.contains("\"window_end\":\"2022-01-02\""))
    }

    @Test func enoughGradesWeighByInverseSquaredError() {
        let accuracy = TrailingAccuracy(
            start: start, end: end,
            bySystem: [
                "moving_average": .init(graded: 273, meanAbsoluteError: 5.0),
                "zone_matchup": .init(graded: 273, meanAbsoluteError: 5.0),
                "similarity_balanced_v1": .init(graded: 273, meanAbsoluteError: 10.0),
            ])
        let weights = EnsembleWeights.from(accuracy, systems: systems, minimumGraded: 50)
        #expect(weights.basis == .trailingMAE)
        #expect(abs(weights.weights["moving_average"]! - 4.0 / 9) < 1e-12)
        #expect(abs(weights.weights["similarity_balanced_v1"]! - 1.0 / 9) < 1e-12)
    }

    @Test func oneComponentShortOfGradesMakesThemEqual() {
        let accuracy = TrailingAccuracy(
            start: start, end: end,
            bySystem: [
                "moving_average": .init(graded: 273, meanAbsoluteError: 5.0),
                "zone_matchup": .init(graded: 49, meanAbsoluteError: 4.0),
            ])
        let weights = EnsembleWeights.from(accuracy, systems: systems, minimumGraded: 50)
        #expect(weights.basis == .equalFewGrades)
        #expect(weights.json.contains("\"graded\":49"))
    }

    @Test func theEnsembleIsTheWeightedMeanOfRoundedPredictionsWithAnAgreementBonus() {
        let a = SystemPrediction(points: 20.04, baseConfidence: 40)
        let b = SystemPrediction(points: 21.0, baseConfidence: 60)
        let weights = EnsembleWeights.from(
            TrailingAccuracy(start: start, end: end, bySystem: [:]), systems: ["moving_average", "zone_matchup"],
            minimumGraded: 50)
        let combined = EnsembleSystem.combine([("moving_average", a), ("zone_matchup", b)], weights: weights)
        #expect(abs(combined.points - 20.5) < 1e-9)
        // Mean confidence 50, spread 1.0 < 2: +10.
        #expect(combined.baseConfidence == 60)
        #expect(combined.ensemble?.contributingSystems == 2)
        #expect(combined.ensemble?.agreementScore == 90)
    }
}
