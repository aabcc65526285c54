import Foundation
import HindcastCore
import HindcastReports

/// How much a run says on standard error while it works.
enum Verbosity: Sendable {
    /// Nothing but the plan line, errors and the summary.
    case quiet
    /// A progress line rewritten in place on a terminal; one log line per finished date otherwise.
    case normal
    /// As normal, plus one log line per finished step.
    case verbose
}

/// What a run shows while it works, on standard error.
///
/// On a terminal: one progress line rewritten in place (dates done of total, saying how many of
/// them are upstream history dates, the current date and processor, the rate and an ETA), cut to
/// the terminal's width so it never wraps. Without a terminal (a scheduler, a pipe, a log file):
/// one line per finished date, `TIME DATE: N steps, N rows, N failures, S s, elapsed M:SS [n/N]`.
/// `--quiet` shows neither; `--verbose` adds a line per finished step.
///
/// The ETA does not assume steps cost the same (a history date's game summaries take
/// milliseconds, a requested date's feature store seconds): each remaining step is estimated by
/// its processor's mean duration in this run, else in the warehouse's history, else this run's
/// mean step.
final class ProgressReporter {
    private let verbosity: Verbosity
    private let terminal: Bool
    private let width: Int
    private var estimator: ProgressEstimate
    private var log: DateLog
    private let started = ContinuousClock.now
    private let write: (String) -> Void

    /// A reporter for `steps`, of which the dates in `requested` were asked for (the others are
    /// upstream history). `terminal` and `width` default to what standard error is.
    init(
        verbosity: Verbosity, steps: [PlannedStep], requested: Set<GameDate>, estimates: [String: Double],
        terminal: Bool = Console.stderrIsTerminal, width: Int = Console.terminalWidth,
        write: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }
    ) {
        self.verbosity = verbosity
        self.terminal = terminal
        self.width = width
        self.estimator = ProgressEstimate(steps: steps, historyMeans: estimates, requested: requested)
        self.log = DateLog(steps: steps, requested: requested)
        self.write = write
    }

    func handle(_ event: RunEvent) {
        guard verbosity != .quiet else { return }
        switch event {
        case .started(let step, _, _):
            log.started(step, at: elapsed)
            if terminal {
                let line = estimator.line(current: step, elapsed: elapsed, width: width)
                write("\r" + line + "\u{1B}[K")
            }
        case .finished(let result, _, _):
            estimator.finished(result)
            let now = elapsed
            var lines: [String] = []
            if verbosity == .verbose { lines.append(DateLog.stepLine(result, time: Date())) }
            if let dateLine = log.finished(result, at: now, time: Date()) { lines.append(dateLine) }
            guard !lines.isEmpty, !terminal || verbosity == .verbose else { return }
            let prefix = terminal ? "\r\u{1B}[K" : ""
            write(prefix + lines.joined(separator: "\n") + "\n")
        }
    }

    func finish() {
        guard verbosity != .quiet, terminal else { return }
        write("\r\u{1B}[K")
    }

    private var elapsed: Double {
        let duration = ContinuousClock.now - started
        return Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }
}

/// The per-date log lines of a run without a terminal: a date's line is due when its last step
/// finishes.
struct DateLog {
    private struct Tally {
        var remaining = 0
        var steps = 0
        var rows = 0
        var failures = 0
        var firstStart: Double?
    }
    private var tallies: [GameDate: Tally] = [:]
    private let requested: Set<GameDate>
    private let total: Int
    private var done = 0

    init(steps: [PlannedStep], requested: Set<GameDate>) {
        for step in steps { tallies[step.date, default: Tally()].remaining += 1 }
        self.requested = requested
        self.total = tallies.count
    }

    mutating func started(_ step: PlannedStep, at seconds: Double) {
        if tallies[step.date]?.firstStart == nil { tallies[step.date]?.firstStart = seconds }
    }

    /// Records `result`; returns the date's line when it was the date's last step.
    mutating func finished(_ result: StepResult, at seconds: Double, time: Date) -> String? {
        let date = result.step.date
        guard var tally = tallies[date] else { return nil }
        tally.remaining -= 1
        tally.steps += 1
        tally.rows += result.outcome?.rowsWritten.values.reduce(0, +) ?? 0
        if result.failedOrBlocked { tally.failures += 1 }
        tallies[date] = tally
        guard tally.remaining == 0 else { return nil }
        done += 1
        let label = requested.contains(date) ? "\(date)" : "\(date) (history)"
        let spent = seconds - (tally.firstStart ?? seconds)
        return "\(Self.timestamp(time)) \(label): \(tally.steps) step\(tally.steps == 1 ? "" : "s"), "
            + "\(tally.rows) rows, \(tally.failures) failure\(tally.failures == 1 ? "" : "s"), "
            + String(format: "%.1f s", spent) + ", elapsed \(ProgressEstimate.clock(seconds)) [\(done)/\(total)]"
    }

    /// `TIME DATE PROCESSOR: status, N rows, S s` (with `--verbose`).
    static func stepLine(_ result: StepResult, time: Date) -> String {
        let rows = result.outcome?.rowsWritten.values.reduce(0, +) ?? 0
        var text = "\(timestamp(time))   \(result.step.date) \(result.step.processorID): \(result.status.rawValue)"
        if result.keptUnchanged { text += " (kept: inputs recomputed identically)" }
        text += ", \(rows) rows, " + String(format: "%.2f s", result.durationSeconds)
        if let message = result.message, result.status != .success { text += ": \(message)" }
        return text
    }

    /// `2026-11-30T10:50:01Z`.
    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
