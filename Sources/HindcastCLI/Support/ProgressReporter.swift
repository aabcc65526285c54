import Foundation
import HindcastCore

/// Progress on standard error when it is a terminal: dates done of total, the current date and
/// processor, the rate and an ETA, rewritten in place. Silent otherwise.
///
/// The ETA does not assume steps cost the same (a history date's game summaries take
/// milliseconds, a requested date's feature store seconds): each remaining step is estimated by
/// its processor's mean duration in this run, else in the warehouse's history, else this run's
/// mean step.
final class ProgressReporter {
    private let enabled: Bool
    private var estimator: ProgressEstimate
    private let started = ContinuousClock.now

    init(enabled: Bool, steps: [PlannedStep], estimates: [String: Double]) {
        self.enabled = enabled
        self.estimator = ProgressEstimate(steps: steps, historyMeans: estimates)
    }

    func handle(_ event: RunEvent) {
        guard enabled else { return }
        switch event {
        case .started(let step, _, _):
            let line = estimator.line(current: step, elapsed: elapsed)
            FileHandle.standardError.write(Data(("\r" + line + "\u{1B}[K").utf8))
        case .finished(let result, _, _):
            estimator.finished(result)
        }
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }

    private var elapsed: Double {
        let duration = ContinuousClock.now - started
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The arithmetic behind the progress line, apart from the terminal.
struct ProgressEstimate {
    private var remainingByDate: [GameDate: Int]
    private let totalDates: Int
    private var remaining: [String: Int]
    private var spent: [String: (seconds: Double, count: Int)] = [:]
    private let historyMeans: [String: Double]

    init(steps: [PlannedStep], historyMeans: [String: Double]) {
        remainingByDate = Dictionary(grouping: steps, by: \.date).mapValues(\.count)
        totalDates = remainingByDate.count
        remaining = Dictionary(grouping: steps, by: \.processorID).mapValues(\.count)
        self.historyMeans = historyMeans
    }

    /// Dates whose every step has finished.
    var datesDone: Int { totalDates - remainingByDate.values.filter { $0 > 0 }.count }

    mutating func finished(_ result: StepResult) {
        remainingByDate[result.step.date, default: 1] -= 1
        remaining[result.step.processorID, default: 1] -= 1
        let current = spent[result.step.processorID] ?? (0, 0)
        spent[result.step.processorID] = (current.seconds + result.durationSeconds, current.count + 1)
    }

    /// Seconds the remaining steps should take; `nil` before anything can be estimated.
    var secondsLeft: Double? { estimate?.seconds }

    /// The estimate, and whether it is provisional: some remaining processor has not run yet (in
    /// this run or the warehouse's history), so its steps are guessed at this run's mean step.
    var estimate: (seconds: Double, provisional: Bool)? {
        let total = spent.values.reduce((0.0, 0)) { ($0.0 + $1.seconds, $0.1 + $1.count) }
        let overall = total.1 > 0 ? total.0 / Double(total.1) : nil
        var seconds = 0.0
        var provisional = false
        for (processor, count) in remaining where count > 0 {
            let known = spent[processor].map { $0.seconds / Double($0.count) } ?? historyMeans[processor]
            provisional = provisional || known == nil
            guard let mean = known ?? overall else { return nil }
            seconds += mean * Double(count)
        }
        return (seconds, provisional)
    }

    /// `[12/79 dates] 2021-11-02 player_game_summary | 2.40 dates/s | ETA 0:25`; the ETA ends in
    /// `+` while it is provisional.
    func line(current: PlannedStep, elapsed: Double) -> String {
        let done = datesDone
        let rate = elapsed > 0 && done > 0 ? String(format: "%.2f dates/s", Double(done) / elapsed) : "- dates/s"
        let eta = estimate.map { ProgressEstimate.clock($0.seconds) + ($0.provisional ? "+" : "") } ?? "?"
        return "[\(done)/\(totalDates) dates] \(current.date) \(current.processorID) | \(rate) | ETA \(eta)"
    }

    /// `m:ss` or `h:mm:ss`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, (total % 3600) / 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }
}
