import HindcastCore
import Testing

@testable import HindcastCLI

/// The progress line's arithmetic: dates done of total, and an ETA that weighs each remaining
/// step by its own processor's cost instead of pretending every step costs the same.
@Suite struct ProgressEstimateTests {
    static let day1 = GameDate("2022-01-03")!
    static let day2 = GameDate("2022-01-04")!

    func step(_ id: String, _ date: GameDate) -> PlannedStep {
        PlannedStep(processorID: id, date: date, reason: .requested)
    }

    func finished(_ step: PlannedStep, seconds: Double) -> StepResult {
        StepResult(
            step: step, runID: "r", status: .success, outcome: nil, message: nil, durationSeconds: seconds)
    }

    @Test func anETAGuessedForProcessorsNotYetSeenSaysItIsProvisional() {
        let steps = [step("fast", Self.day1), step("slow", Self.day1)]
        var estimate = ProgressEstimate(steps: steps, historyMeans: [:])
        estimate.finished(finished(steps[0], seconds: 2))
        #expect(estimate.line(current: steps[1], elapsed: 2).hasSuffix("ETA 0:02+"))
    }

    @Test func countsADateDoneOnlyWhenAllItsStepsFinished() {
        let steps = [step("fast", Self.day1), step("slow", Self.day1), step("fast", Self.day2)]
        var estimate = ProgressEstimate(steps: steps, historyMeans: [:])
        estimate.finished(finished(steps[0], seconds: 1))
        #expect(estimate.datesDone == 0)
        estimate.finished(finished(steps[1], seconds: 10))
        #expect(estimate.datesDone == 1)
        #expect(estimate.line(current: steps[2], elapsed: 11).hasPrefix("[1/2 dates] 2022-01-04 F | 0.09 dates/s"))
    }

    @Test func theCountAndRateSayWhenUpstreamHistoryDatesAreIncludedAndTheLineFitsTheTerminal() {
        let steps = [
            step("player_game_summary", Self.day1), step("player_game_summary", Self.day2),
            step("upcoming_player_game_context", Self.day2),
        ]
        var estimate = ProgressEstimate(steps: steps, historyMeans: [:], requested: [Self.day2])
        estimate.finished(finished(steps[0], seconds: 1))
        let full = estimate.line(current: steps[2], elapsed: 2)
        #expect(full.hasPrefix("[1/2 dates incl. 1 history] 2022-01-04 UPGC | 0.50 dates/s incl. history | ETA"))
        for width in [40, 60, 80] {
            let line = estimate.line(current: steps[2], elapsed: 2, width: width)
            #expect(line.count < width, "\(width): \(line)")
        }
        #expect(estimate.line(current: steps[2], elapsed: 2, width: 80).hasPrefix("[1/2 incl. 1 hist] 2022-01-04 UPGC"))
        #expect(estimate.line(current: steps[2], elapsed: 2, width: 200) == full)
    }

    @Test func estimatesRemainingStepsByTheirProcessorsMeanDuration() {
        let steps = [
            step("fast", Self.day1), step("slow", Self.day1), step("fast", Self.day2), step("slow", Self.day2),
        ]
        var estimate = ProgressEstimate(steps: steps, historyMeans: [:])
        #expect(estimate.secondsLeft == nil)
        estimate.finished(finished(steps[0], seconds: 1))
        estimate.finished(finished(steps[1], seconds: 10))
        #expect(estimate.secondsLeft == 11)
        #expect(estimate.line(current: steps[2], elapsed: 11).hasSuffix("ETA 0:11"))
    }

    @Test func usesTheWarehouseHistoryForProcessorsNotYetSeenInThisRun() {
        let steps = [step("fast", Self.day1), step("slow", Self.day1)]
        var estimate = ProgressEstimate(steps: steps, historyMeans: ["slow": 95])
        estimate.finished(finished(steps[0], seconds: 1))
        #expect(estimate.secondsLeft == 95)
        #expect(estimate.line(current: steps[1], elapsed: 1).hasSuffix("ETA 1:35"))
        #expect(ProgressEstimate.clock(3725) == "1:02:05")
    }
}
