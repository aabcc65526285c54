import ArgumentParser
import HindcastCore

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

    /// Exit 2 with the preflight's refusal, first listing its gaps on standard error when the
    /// command has not already printed them.
    static func refused(_ preflight: PreflightReport, listingGaps: Bool) -> ExitCode {
        if listingGaps {
            for gap in preflight.gaps {
                Console.message("gap: \(gap.date): \(gap.problem) (\(gap.processors.joined(separator: ", ")))")
            }
        }
        return fail(preflight.refusal, code: preflightRefused)
    }
}
