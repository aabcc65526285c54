import Foundation
import HindcastCore

/// Progress on standard error when it is a terminal: dates done of total, current processor,
/// rate and ETA, rewritten in place. Silent otherwise.
final class ProgressReporter {
    private let enabled: Bool
    private let start = Date()
    private var datesDone = Set<GameDate>()
    private var allDates = Set<GameDate>()

    init(enabled: Bool) {
        self.enabled = enabled
    }

    func handle(_ event: RunEvent) {
        guard enabled else { return }
        switch event {
        case .started(let step, let index, let total):
            allDates.insert(step.date)
            let elapsed = Date().timeIntervalSince(start)
            let rate = index > 0 ? Double(index) / max(elapsed, 0.001) : 0
            let eta = rate > 0 ? Double(total - index) / rate : 0
            let line = String(
                format: "\r[%d/%d steps] %@ %@  %.1f steps/s  ETA %.0fs   ", index, total, step.date.description,
                step.processorID, rate, eta)
            FileHandle.standardError.write(Data(line.utf8))
        case .finished(let result, _, _):
            datesDone.insert(result.step.date)
        }
    }

    func finish() {
        guard enabled else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
    }
}
