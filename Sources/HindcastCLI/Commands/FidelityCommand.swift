import ArgumentParser
import HindcastContext
import HindcastCore
import HindcastReports
import HindcastStore

/// `hindcast fidelity`: hides observed context, regenerates it synthetically, and compares.
struct FidelityCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fidelity",
        abstract: "On dates with observed context, regenerate it synthetically and report field-by-field agreement.",
        discussion:
            "Exit codes: 0 compared, 1 when the range has no observed context rows (nothing to compare), 64 usage."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var profileOptions: ProfileOptions
    @OptionGroup var output: FormatOptions

    func run() throws {
        let store = try warehouse.openReadOnly()
        let profile = try profileOptions.load()
        let report = try store.read { db in
            let calendar = try GameCalendar.load(db)
            return try FidelityReport.measure(
                db, dates: calendar.gameDates(in: dates.range), profile: profile, seasons: calendar.seasons)
        }
        guard report.observedRows > 0 else {
            // Nothing to compare: a report would read as 0% agreement.
            throw ExitCodes.fail(
                "no observed context rows in \(dates.range), so nothing to compare: run `hindcast context fill` "
                    + "first, or pick dates with pre-game snapshots",
                code: ExitCodes.error)
        }
        print(FidelityRendering.render(report, as: output.format, width: output.width), terminator: "")
    }
}
