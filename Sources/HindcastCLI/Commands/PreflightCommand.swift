import ArgumentParser

/// `hindcast preflight`: per date and processor, what exists, what a backfill would compute,
/// which context rows would be observed and which synthetic, and what would fail and why.
/// Writes nothing; exits 2 when a backfill would refuse.
struct PreflightCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "preflight",
        abstract: "What exists, what would be computed or synthesised, and what would fail, per date and processor."
    )

    @OptionGroup var options: PlanOptions

    @Flag(name: .long, help: "Plan as `backfill --no-resume` would: every requested partition redone.")
    var noResume = false

    func run() throws {
        try options.preview(
            profile: try options.profileOptions.load(), resume: !noResume, skipPreflight: false,
            requireWarehouse: true)
    }
}
