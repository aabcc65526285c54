import Foundation
import HindcastCore
import HindcastReports

/// The arithmetic behind the progress line, apart from the terminal.
struct ProgressEstimate {
    private var remainingByDate: [GameDate: Int]
    private let totalDates: Int
    private let historyDates: Int
    private var remaining: [String: Int]
    private var spent: [String: (seconds: Double, count: Int)] = [:]
    private let historyMeans: [String: Double]

    /// `requested`: the dates asked for; other dates of `steps` are upstream history (`nil`: all
    /// requested).
    init(steps: [PlannedStep], historyMeans: [String: Double], requested: Set<GameDate>? = nil) {
        let byDate = Dictionary(grouping: steps, by: \.date).mapValues(\.count)
        remainingByDate = byDate
        totalDates = byDate.count
        historyDates = requested.map { requested in byDate.keys.filter { !requested.contains($0) }.count } ?? 0
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

    /// `[12/79 dates] 2021-11-02 PGS | 2.40 dates/s | ETA 0:25`; with upstream history dates in
    /// the run, `[12/79 dates incl. 20 history] ... | 2.40 dates/s incl. history | ...`. The ETA
    /// ends in `+` while it is provisional.
    func line(current: PlannedStep, elapsed: Double) -> String {
        line(current: current, elapsed: elapsed, short: false)
    }

    /// The line as long as `width` allows: the full wording, else `[12/79 incl. 20 hist] 2021-11-02
    /// PGS | 2.40/s | ETA 0:25`, else that cut to the width (never wrapping the terminal).
    func line(current: PlannedStep, elapsed: Double, width: Int) -> String {
        let full = line(current: current, elapsed: elapsed, short: false)
        if full.count < width { return full }
        return Self.fit(line(current: current, elapsed: elapsed, short: true), width: width)
    }

    private func line(current: PlannedStep, elapsed: Double, short: Bool) -> String {
        let done = datesDone
        let history = historyDates > 0 ? (short ? " incl. \(historyDates) hist" : " incl. \(historyDates) history") : ""
        let perSecond = short ? "/s" : " dates/s"
        var rate =
            elapsed > 0 && done > 0 ? String(format: "%.2f", Double(done) / elapsed) + perSecond : "-" + perSecond
        if historyDates > 0 && !short { rate += " incl. history" }
        let eta = estimate.map { ProgressEstimate.clock($0.seconds) + ($0.provisional ? "+" : "") } ?? "?"
        let processor = ProcessorAbbreviations.short(current.processorID)
        return
            "[\(done)/\(totalDates)\(short ? "" : " dates")\(history)] \(current.date) \(processor) | \(rate) | ETA \(eta)"
    }

    /// `line` cut to `width - 1` characters (the last column stays free, so no terminal wraps).
    static func fit(_ line: String, width: Int) -> String {
        let limit = max(width - 1, 10)
        return line.count <= limit ? line : String(line.prefix(limit - 1)) + "…"
    }

    /// `m:ss` or `h:mm:ss`.
    static func clock(_ seconds: Double) -> String {
        let total = Int(seconds.rounded(.up))
        let (hours, minutes, secs) = (total / 3600, (total % 3600) / 60, total % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, secs) : String(format: "%d:%02d", minutes, secs)
    }
}
