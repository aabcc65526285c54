import ArgumentParser
import Foundation
import HindcastCore

/// `hindcast backfill`: runs the pipeline over a date range, computing any missing history the
/// selected processors read, one transaction per processor × date. It runs the preflight first
/// (exit 2 on real gaps), resumes from the run history (only missing, failed, blocked or stale
/// partitions run), and exits 3 when some dates failed while others committed.
struct BackfillCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backfill",
        abstract: "Run the pipeline over a date range (loads the bundled season into an empty warehouse).",
        discussion: """
            Resumes by default: partitions the run history shows complete and current are kept; failed, \
            blocked, missing and stale ones (processor version, profile or an input changed) are redone. \
            Without a terminal (a scheduler, a pipe) it logs one line per finished date on standard error; \
            --format json prints the run's result as one JSON object on standard output. \
            Exit codes: 0 done, 1 error, 2 preflight refused, 3 some dates failed (a re-run resumes), 64 usage.
            """
    )

    @OptionGroup var options: PlanOptions
    @OptionGroup var log: LogOptions

    @Flag(name: .long, help: "Run even when the preflight finds real gaps (those steps fail or write nothing).")
    var skipPreflight = false

    @Flag(name: .long, help: "Print the plan (dates × processors, or --format json) and write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Redo every requested partition, whatever the run history says.")
    var noResume = false

    func validate() throws {
        if !dryRun && options.output.format == .csv {
            throw ValidationError("--format csv prints a plan: use it with --dry-run (a run prints table or json)")
        }
    }

    func run() throws {
        let json = options.output.format == .json
        let profile = try options.profileOptions.load()
        if dryRun {
            try options.preview(
                profile: profile, resume: !noResume, skipPreflight: skipPreflight,
                footer: "dry run: nothing was written")
            return
        }
        let range = options.dates.range
        let session = try PipelineSession(store: try options.warehouse.openForWriting(), profile: profile)
        let plan = try options.plan(in: session, resume: !noResume)
        if !skipPreflight {
            let preflight = try session.preflight(plan, range: range)
            guard preflight.passes else {
                if json {
                    let result = RunResult(
                        refused: preflight, plan: plan, command: "backfill", range: range, startedAt: Date())
                    print(result.json, terminator: "")
                }
                throw ExitCodes.refused(preflight, listingGaps: true)
            }
            Console.message(PreflightSummary.line(preflight))
        }
        try session.run(
            plan, label: "backfill", range: range, triggeredBy: "backfill", verbosity: log.verbosity, json: json)
    }
}

/// The line a passing preflight prints before a run: what will be observed and what synthetic.
enum PreflightSummary {
    static func line(_ report: PreflightReport) -> String {
        let gameDays = report.days.filter(\.isGameDay)
        let other = report.days.count - gameDays.count
        var text = "preflight passed: \(gameDays.count) game day\(gameDays.count == 1 ? "" : "s")"
        if other > 0 { text += " (\(other) day\(other == 1 ? "" : "s") without games)" }
        func total(_ pick: (DayInputs) -> ContextForecast?) -> String? {
            let forecasts = report.days.compactMap(pick)
            guard !forecasts.isEmpty else { return nil }
            let observed = forecasts.reduce(0) { $0 + $1.observed + $1.importedSynthetic }
            let synthetic = forecasts.map(\.synthetic)
            let known = synthetic.allSatisfy { $0 != nil }
            let count = synthetic.compactMap { $0 }.reduce(0, +)
            return "\(observed) observed/imported + \(known ? String(count) : "the rest") synthetic"
        }
        if let players = total(\.playerContext) { text += "; player context \(players)" }
        if let teams = total(\.teamContext) { text += "; team context \(teams)" }
        return text + "; no gaps"
    }
}
