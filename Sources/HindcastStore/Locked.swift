import Foundation

/// A value shared between threads, reached only inside `withLock`: the one lock-box of the
/// package (the run's caches, the output digest, signal and timer state, read-only SQL's stop flag).
///
/// `@unchecked Sendable` is safe here because the stored value is private and every access to it
/// (read or write) happens inside `withLock`, while `lock` is held, so no two threads ever touch it
/// at once; and the value only enters (`init`) and leaves (`withLock`'s result) as `sending`, so
/// the compiler proves no other reference to a non-Sendable value stays outside the lock. This is
/// the standard library's `Mutex` design, which needs macOS 15 (the package supports 13).
public final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    /// A box holding `value`.
    public init(_ value: sending Value) {
        self.value = value
    }

    /// Runs `body` with the value, holding the lock; what `body` changes is kept.
    public func withLock<Result>(_ body: (inout sending Value) throws -> sending Result) rethrows -> sending Result {
        lock.lock()
        defer { lock.unlock() }
        return try body(&value)
    }
}

extension Locked where Value: Sendable {
    /// A copy of the value, read under the lock.
    public var current: Value {
        withLock { $0 }
    }
}
