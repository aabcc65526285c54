import ArgumentParser
import HindcastCore
import HindcastReports
import HindcastStore

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
            Exit codes: 0 done, 1 error, 2 preflight refused, 3 some dates failed (a re-run resumes), 64 usage.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var selection: ProcessorSelection
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var output: FormatOptions

    @Flag(name: .long, help: "Run even when the preflight finds real gaps (those steps fail or write nothing).")
    var skipPreflight = false

    @Flag(name: .long, help: "Print the plan (dates × processors, or --format json) and write nothing.")
    var dryRun = false

    @Flag(name: .long, help: "Redo every requested partition, whatever the run history says.")
    var noResume = false

    func run() throws {
        let profile = try profileOptions.load()
        if dryRun {
            try printDryRun(profile: profile)
            return
        }
        let session = try PipelineSession(store: try warehouse.open(), profile: profile)
        let plan = try session.plan(try selection.ids(in: session.graph), range: dates.range, resume: !noResume)
        if !skipPreflight {
            let preflight = try session.preflight(plan, range: dates.range)
            guard preflight.passes else { throw BackfillCommand.refuse(preflight) }
            Console.message(PreflightSummary.line(preflight))
        }
        try session.run(plan, label: "backfill", range: dates.range, triggeredBy: "backfill")
    }

    private func printDryRun(profile: Profile) throws {
        let planning = try PlanningStore(warehouse)
        if let note = planning.note { Console.message(note) }
        let session = try PipelineSession(loaded: planning.warehouse, profile: profile)
        let plan = try session.plan(try selection.ids(in: session.graph), range: dates.range, resume: !noResume)
        let preflight = try session.preflight(plan, range: dates.range)
        let report = PlanReport(
            plan: plan, preflight: preflight, skipPreflight: skipPreflight, gameDays: session.calendar.gameDates)
        print(report.render(as: output.format), terminator: "")
        Console.message("dry run: nothing was written")
        if !preflight.passes && !skipPreflight { throw BackfillCommand.refuse(preflight, printGaps: false) }
    }

    /// Prints the gaps and returns exit code 2 with the refusal message.
    static func refuse(_ preflight: PreflightReport, printGaps: Bool = true) -> ExitCode {
        if printGaps {
            for gap in preflight.gaps {
                Console.message("gap: \(gap.date): \(gap.problem) (\(gap.processors.joined(separator: ", ")))")
            }
        }
        return ExitCodes.fail(preflight.refusal, code: ExitCodes.preflightRefused)
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
