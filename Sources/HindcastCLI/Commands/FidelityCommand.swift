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
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var output: FormatOptions
    @Flag(help: "Skip the cost of synthesis (no scratch copy, no predictions re-run).")
    var noPredictionCost = false

    func run() throws {
        let store = try Self.openReadOnly(warehouse.path)
        let profile = try profileOptions.load()
        let calendar = try store.read { db in try GameCalendar.load(db) }
        defer { try? store.close() }
        let days = calendar.gameDates(in: dates.range)
        var report = try store.read { db in
            try FidelityReport.measure(db, dates: days, profile: profile, seasons: calendar.seasons)
        }
        if !noPredictionCost {
            report.predictionCost = try SynthesisCost.measure(store, dates: days, profile: profile)
        }
        if report.observedRows == 0 {
            Console.message(
                "no observed context rows in \(dates.range): run `hindcast context fill` first, or pick dates with pre-game snapshots"
            )
        }
        print(FidelityRendering.render(report, as: output.format), terminator: "")
    }

    /// The warehouse opened read-only: fidelity never writes it (the synthetic side runs on a copy).
    static func openReadOnly(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else {
            throw ExitCodes.fail(
                "no warehouse at \(path) (run `hindcast backfill` or `import` first)", code: ExitCodes.error)
        }
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }
}
