import Dispatch
import Foundation
import HindcastStore

/// Ctrl-C (SIGINT) or SIGTERM: the first one lets the current step commit and stops before the
/// next, so the run can print what it did; a second one stops at once (an open transaction is
/// rolled back, as after a crash). Either way a re-run resumes. One listener serves the whole
/// process: the bundled-season load and the run that follows it share it.
final class Interruption: Sendable {
    private static let shared = Interruption()

    /// What the signal handlers and the run share.
    private struct State {
        var signalled: Int32?
        var sources: [any DispatchSourceSignal] = []
        var notice = "stopping after the current step (send it again to stop at once)"
        var action: (@Sendable () -> Void)?
    }

    private let state = Locked(State())

    /// Starts listening for SIGINT and SIGTERM (once per process) and returns the listener.
    static func install() -> Interruption {
        let interruption = shared
        interruption.state.withLock { state in
            guard state.sources.isEmpty else { return }
            for number in [SIGINT, SIGTERM] {
                signal(number, SIG_IGN)
                let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
                source.setEventHandler { interruption.received(number) }
                source.resume()
                state.sources.append(source)
            }
        }
        return interruption
    }

    /// Listens as `install` does, but on the first signal prints `notice` and calls `action`
    /// (e.g. to end a running query) instead of waiting for a step to finish.
    static func install(notice: String, action: @escaping @Sendable () -> Void) -> Interruption {
        let interruption = install()
        interruption.state.withLock { state in
            state.notice = notice
            state.action = action
        }
        return interruption
    }

    /// Whether a stop was requested.
    var isRequested: Bool { state.withLock { $0.signalled != nil } }

    /// "interrupt" or "terminate", after a stop was requested.
    var signalName: String { state.withLock { $0.signalled == SIGTERM ? "terminate" : "interrupt" } }

    private func received(_ number: Int32) {
        let (first, notice, action) = state.withLock { state in
            let first = state.signalled == nil
            if first { state.signalled = number }
            return (first, state.notice, state.action)
        }
        if first {
            Console.message("\n\(number == SIGINT ? "interrupt" : "terminate") received: \(notice)")
            action?()
        } else {
            signal(number, SIG_DFL)
            kill(getpid(), number)
        }
    }
}
