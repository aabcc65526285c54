import ArgumentParser

/// `--quiet` and `--verbose`: how much a run logs on standard error while it works.
struct LogOptions: ParsableArguments {
    @Flag(name: .long, help: "No progress line or per-date log lines (errors and the summary still print).")
    var quiet = false

    @Flag(name: .long, help: "Also log every finished step.")
    var verbose = false

    func validate() throws {
        if quiet && verbose { throw ValidationError("--quiet and --verbose contradict each other; give one") }
    }

    var verbosity: Verbosity { quiet ? .quiet : verbose ? .verbose : .normal }
}
