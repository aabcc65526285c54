import HindcastCore
import HindcastPredict
import Testing

/// OVER/UNDER only against an observed line, with enough edge and confidence.
@Suite struct RecommendationTests {
    let settings = PredictionSettings()
    // Anthony Davis, 2021-10-31: DraftKings 23.5 observed before tip-off.
    let observed = LineChoice(observedLine: 23.5, context: LineContext(bookmaker: "draftkings"))

    @Test func aBigEnoughEdgeWithEnoughConfidenceIsABet() {
        #expect(Recommendation.decide(predicted: 26.0, line: observed, confidence: 50, settings: settings) == .over)
        #expect(Recommendation.decide(predicted: 21.5, line: observed, confidence: 45, settings: settings) == .under)
    }

    @Test func aSmallEdgeOrLowConfidenceIsAPass() {
        #expect(Recommendation.decide(predicted: 25.4, line: observed, confidence: 80, settings: settings) == .pass)
        #expect(Recommendation.decide(predicted: 30.0, line: observed, confidence: 44.99, settings: settings) == .pass)
    }

    @Test func anEstimatedLineIsNeverABet() {
        let estimated = LineChoice(
            observedLine: nil, context: LineContext(estimatedLine: 18.5, estimationMethod: "points_avg_last_5"))
        #expect(estimated.source == .estimated)
        #expect(estimated.line == 18.5 && estimated.observedLine == nil)
        #expect(Recommendation.decide(predicted: 30, line: estimated, confidence: 90, settings: settings) == .noLine)
    }

    @Test func withoutAnyLineItIsNoLine() {
        let none = LineChoice(observedLine: nil, context: nil)
        #expect(none.source == LineChoice.Source.none)
        #expect(Recommendation.decide(predicted: 30, line: none, confidence: 90, settings: settings) == .noLine)
    }

    @Test func theObservedLineCarriesItsBookmakerAndWinsOverAnEstimate() {
        let both = LineChoice(
            observedLine: 23.5,
            context: LineContext(bookmaker: "draftkings", estimatedLine: 22.5, estimationMethod: "x"))
        #expect(both.source == .observed && both.bookmaker == "draftkings" && both.line == 23.5)
    }

    @Test func withTheEdgeRecordRuleOnlyAnEdgeWhoseRecordPaysIsABet() {
        var strict = settings
        strict.edgeRecordMinimumBets = 50
        func decide(_ record: EdgeRecord.Entry?) -> Recommendation {
            Recommendation.decide(predicted: 26.0, line: observed, confidence: 80, settings: strict, record: record)
        }
        #expect(decide(nil) == .pass, "no record: nothing says the edge pays")
        #expect(decide(EdgeRecord.Entry(bets: 49, won: 40)) == .pass, "too few bets")
        #expect(decide(EdgeRecord.Entry(bets: 100, won: 52)) == .pass, "52% is below break-even at -110")
        #expect(decide(EdgeRecord.Entry(bets: 100, won: 53)) == .over)
        #expect(
            Recommendation.decide(
                predicted: 25.0, line: observed, confidence: 80, settings: strict,
                record: EdgeRecord.Entry(bets: 100, won: 60)) == .pass, "the edge threshold still applies")
        // Off (the default): the record is not consulted.
        #expect(Recommendation.decide(predicted: 26.0, line: observed, confidence: 80, settings: settings) == .over)
    }
}
