import ArgumentParser
import Foundation
import GRDB
import HindcastContext
import HindcastCore
import HindcastReports
import HindcastStore

/// `hindcast fidelity`: hides observed context, regenerates it synthetically, and compares.
struct FidelityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fidelity",
        abstract:
            "On dates with observed context, regenerate it synthetically: field agreement, estimate errors, and what predicting from synthetic context costs.",
        discussion: """
            The cost of synthesis re-runs context, Phase 4, features and predictions for the dates on a \
            scratch copy of the warehouse in a temporary folder (deleted afterwards); the warehouse is only read.
            Exit codes: 0 compared, 1 when the range has no observed context rows (nothing to compare), 64 usage.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var output: FormatOptions
    @Flag(help: "Skip the cost of synthesis (no scratch copy, no predictions re-run).")
    var noPredictionCost = false

    func run() throws {
        let store = try warehouse.openReadOnly()
        let profile = try profileOptions.load()
        let calendar = try store.read { db in try GameCalendar.load(db) }
        let days = calendar.gameDates(in: dates.range)
        var report = try store.read { db in
            try FidelityReport.measure(db, dates: days, profile: profile, seasons: calendar.seasons)
        }
        guard report.observedRows > 0 else {
            // Nothing to compare: a report would read as 0% agreement.
            throw ExitCodes.fail(
                "no observed context rows in \(dates.range), so nothing to compare: run `hindcast context fill` "
                    + "first, or pick dates with pre-game snapshots",
                code: ExitCodes.error)
        }
        if !noPredictionCost {
            report.predictionCost = try SynthesisCost.measure(store.pool, dates: days, profile: profile)
        }
        print(FidelityRendering.render(report, as: output.format, width: output.width), terminator: "")
    }
}
