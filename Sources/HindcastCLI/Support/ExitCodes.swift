import ArgumentParser

/// The exit codes of DESIGN §7: 0 done, 1 error, 2 preflight refused, 3 partial, 64 bad usage.
enum ExitCodes {
    static let error: Int32 = 1
    static let preflightRefused: Int32 = 2
    static let partial: Int32 = 3
    static let usage: Int32 = 64

    /// Prints `message` on standard error and exits with `code`.
    static func fail(_ message: String, code: Int32) -> ExitCode {
        Console.message("Error: \(message)")
        return ExitCode(code)
    }
}

/// A usage mistake the parser cannot see (e.g. an end date before the start date): exit 64.
struct UsageError: Error, CustomStringConvertible {
    let description: String
}
