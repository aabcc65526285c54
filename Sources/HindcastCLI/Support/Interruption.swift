import Dispatch
import Foundation

/// Ctrl-C (SIGINT) or SIGTERM during a run: the first one lets the current step commit and stops
/// before the next, so the run can print what it did; a second one stops at once (the open
/// transaction is rolled back, as after a crash). Either way a re-run resumes.
final class Interruption: @unchecked Sendable {
    private let lock = NSLock()
    private var signalled: Int32?
    private var sources: [DispatchSourceSignal] = []

    /// Starts listening for SIGINT and SIGTERM.
    static func install() -> Interruption {
        let interruption = Interruption()
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { interruption.received(number) }
            source.resume()
            interruption.sources.append(source)
        }
        return interruption
    }

    /// Whether a stop was requested.
    var isRequested: Bool {
        lock.lock()
        defer { lock.unlock() }
        return signalled != nil
    }

    private func received(_ number: Int32) {
        lock.lock()
        let first = signalled == nil
        if first { signalled = number }
        lock.unlock()
        if first {
            Console.message(
                "\n\(number == SIGINT ? "interrupt" : "terminate") received: stopping after the current step "
                    + "(send it again to stop at once)")
        } else {
            signal(number, SIG_DFL)
            kill(getpid(), number)
        }
    }
}
