import HindcastPredict
import Testing

/// Grading one prediction against a real 2021-22 box-score line, as a sportsbook would.
@Suite struct GradeTests {
    // Khris Middleton, MIL v UTA, 2021-10-31: DraftKings 21.5, did not play.
    // Anthony Davis, LAL v HOU, 2021-10-31: DraftKings 23.5, scored 16 in 32.6 minutes.
    // Blake Griffin, BKN v DET, 2021-10-31: DraftKings 7.5, scored 8 in 20.3 minutes.

    @Test func aDNPIsVoidedWithoutErrorsAndTakesItsReasonFromThePreGameStatus() {
        let middleton = ActualGame(points: nil, minutes: nil, isDNP: true)
        let unlisted = Grade(
            GradedPrediction(predictedPoints: 19.4, recommendation: .under, observedLine: 21.5), actual: middleton)
        #expect(unlisted.isVoided)
        #expect(unlisted.voidReason == "dnp_unknown")
        #expect(unlisted.absoluteError == nil && unlisted.signedError == nil && unlisted.within3 == nil)
        #expect(unlisted.correct == nil && !unlisted.isPush && unlisted.lineAbsoluteError == nil)
        let listedOut = Grade(
            GradedPrediction(predictedPoints: 19.4, recommendation: .under, observedLine: 21.5, injuryStatus: "out"),
            actual: middleton)
        #expect(listedOut.voidReason == "dnp_injury_confirmed")
        let questionable = Grade(
            GradedPrediction(
                predictedPoints: 19.4, recommendation: .pass, observedLine: 21.5, injuryStatus: "QUESTIONABLE"),
            actual: middleton)
        #expect(questionable.voidReason == "dnp_late_scratch")
    }

    @Test func zeroMinutesVoidsEvenWithoutTheDNPFlag() {
        let grade = Grade(
            GradedPrediction(predictedPoints: 3.0, recommendation: .noLine, observedLine: nil),
            actual: ActualGame(points: 0, minutes: 0, isDNP: false))
        #expect(grade.isVoided && grade.absoluteError == nil)
    }

    @Test func anActualEqualToTheLineIsAPushNeitherCorrectNorIncorrect() {
        // Every real line of the bundled season is a half point, so a push needs Griffin's real
        // 8 points against his 7.5 moved to 8.
        let grade = Grade(
            GradedPrediction(predictedPoints: 10.6, recommendation: .over, observedLine: 8),
            actual: ActualGame(points: 8, minutes: 20.317, isDNP: false))
        #expect(grade.isPush)
        #expect(!grade.isVoided)
        #expect(grade.correct == nil)
        #expect(grade.absoluteError == 2.6 && grade.signedError == 2.6)
        #expect(grade.actualMargin == 0 && grade.predictedMargin == 2.6)
    }

    @Test func overAndUnderAreGradedAgainstTheObservedLine() {
        let davis = ActualGame(points: 16, minutes: 32.583, isDNP: false)
        let under = Grade(
            GradedPrediction(predictedPoints: 21.0, recommendation: .under, observedLine: 23.5), actual: davis)
        #expect(under.correct == true)
        #expect(under.absoluteError == 5 && under.signedError == 5 && under.within5 == true && under.within3 == false)
        #expect(under.lineAbsoluteError == 7.5 && under.lineSignedError == 7.5)
        let over = Grade(
            GradedPrediction(predictedPoints: 26.0, recommendation: .over, observedLine: 23.5), actual: davis)
        #expect(over.correct == false)
        let griffin = ActualGame(points: 8, minutes: 20.317, isDNP: false)
        let griffinOver = Grade(
            GradedPrediction(predictedPoints: 10.1, recommendation: .over, observedLine: 7.5), actual: griffin)
        #expect(griffinOver.correct == true)
    }

    @Test func noLineAndPassPredictionsGetErrorsButNoCorrectness() {
        let davis = ActualGame(points: 16, minutes: 32.583, isDNP: false)
        let noLine = Grade(
            GradedPrediction(predictedPoints: 22.4, recommendation: .noLine, observedLine: nil, seasonAverage: 18.25),
            actual: davis)
        #expect(noLine.absoluteError == 6.4 && noLine.signedError == 6.4)
        #expect(noLine.within3 == false && noLine.within5 == false)
        #expect(noLine.correct == nil && !noLine.isPush && !noLine.isVoided)
        #expect(noLine.predictedMargin == nil && noLine.lineAbsoluteError == nil)
        #expect(noLine.seasonAverageAbsoluteError == 2.25 && noLine.seasonAverageSignedError == 2.25)
        let pass = Grade(
            GradedPrediction(predictedPoints: 22.4, recommendation: .pass, observedLine: 23.5), actual: davis)
        #expect(pass.correct == nil && pass.absoluteError == 6.4 && pass.actualMargin == -7.5)
    }
}
