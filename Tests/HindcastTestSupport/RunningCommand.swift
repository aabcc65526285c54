import Foundation

/// A `hindcast` process started in the background, whose output the test reads while it runs
/// (to send it a signal at a chosen moment).
public final class RunningCommand: @unchecked Sendable {
    public let process = Process()
    private let lock = NSLock()
    private var out = Data()
    private var err = Data()
    private let outDone = DispatchSemaphore(value: 0)
    private let errDone = DispatchSemaphore(value: 0)

    /// Starts `hindcast` with `arguments` in `directory`.
    public init(_ arguments: [String], in directory: String) throws {
        process.executableURL = CommandLineRun.executable
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: directory)
        let (outPipe, errPipe) = (Pipe(), Pipe())
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        collect(outPipe.fileHandleForReading, isError: false, done: outDone)
        collect(errPipe.fileHandleForReading, isError: true, done: errDone)
    }

    private func collect(_ handle: FileHandle, isError: Bool, done: DispatchSemaphore) {
        Thread.detachNewThread { [self] in
            while true {
                let chunk = handle.availableData
                if chunk.isEmpty { break }
                lock.lock()
                if isError { err.append(chunk) } else { out.append(chunk) }
                lock.unlock()
            }
            done.signal()
        }
    }

    /// The process id.
    public var pid: Int32 { process.processIdentifier }

    /// Standard output so far.
    public var stdout: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: out, as: UTF8.self)
    }

    /// Standard error so far.
    public var stderr: String {
        lock.lock()
        defer { lock.unlock() }
        return String(decoding: err, as: UTF8.self)
    }

    /// Polls every few milliseconds until `condition` holds, the process ends, or `seconds` pass (a
    /// guard against a hang, generous because a loaded machine loads the season slowly);
    /// returns whether `condition` held.
    @discardableResult
    public func wait(upTo seconds: Double = 1800, until condition: () throws -> Bool) rethrows -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if try condition() { return true }
            if !process.isRunning { return try condition() }
            usleep(2_000)
        }
        return false
    }

    /// Sends `signal` to the process.
    public func send(_ signal: Int32) { kill(pid, signal) }

    /// Waits for the process to end and for its output to be read.
    public func finish() {
        process.waitUntilExit()
        outDone.wait()
        errDone.wait()
    }
}
