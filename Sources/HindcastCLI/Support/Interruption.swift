import Dispatch
import Foundation

/// Ctrl-C (SIGINT) or SIGTERM: the first one lets the current step commit and stops before the
/// next, so the run can print what it did; a second one stops at once (an open transaction is
/// rolled back, as after a crash). Either way a re-run resumes. One listener serves the whole
/// process: the bundled-season load and the run that follows it share it.
final class Interruption: @unchecked Sendable {
    private static let shared = Interruption()

    private let lock = NSLock()
    private var signalled: Int32?
    private var sources: [DispatchSourceSignal] = []
    private var notice = "stopping after the current step (send it again to stop at once)"
    private var action: (@Sendable () -> Void)?

    /// Starts listening for SIGINT and SIGTERM (once per process) and returns the listener.
    static func install() -> Interruption {
        let interruption = shared
        interruption.lock.lock()
        defer { interruption.lock.unlock() }
        guard interruption.sources.isEmpty else { return interruption }
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interruption.received(number) }
            source.resume()
            interruption.sources.append(source)
        }
        return interruption
    }

    /// Listens as `install` does, but on the first signal prints `notice` and calls `action`
    /// (e.g. to end a running query) instead of waiting for a step to finish.
    static func install(notice: String, action: @escaping @Sendable () -> Void) -> Interruption {
        let interruption = install()
        interruption.lock.lock()
        interruption.notice = notice
        interruption.action = action
        interruption.lock.unlock()
        return interruption
    }

    /// Whether a stop was requested.
    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return signalled != nil
    }

    /// "interrupt" or "terminate", after a stop was requested.
    var signalName: String {
        lock.lock()
        defer { lock.unlock() }
        return signalled == SIGTERM ? "terminate" : "interrupt"
    }

    private func received(_ number: Int32) {
        lock.lock()
        let first = signalled == nil
        if first { signalled = number }
        let (notice, action) = (self.notice, self.action)
        lock.unlock()
        if first {
            Console.message("\n\(number == SIGINT ? "interrupt" : "terminate") received: \(notice)")
            action?()
        } else {
            signal(number, SIG_DFL)
            kill(getpid(), number)
        }
    }
}
