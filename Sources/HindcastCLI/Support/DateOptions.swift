import ArgumentParser
import HindcastCore

extension GameDate: ExpressibleByArgument {
    public init?(argument: String) { self.init(argument) }
}

/// `--start-date D --end-date D`, both required.
struct DateRangeOptions: ParsableArguments {
    @Option(name: .long, help: "First game day (YYYY-MM-DD).")
    var startDate: GameDate

    @Option(name: .long, help: "Last game day (YYYY-MM-DD), inclusive.")
    var endDate: GameDate

    func validate() throws {
        guard startDate <= endDate else {
            throw ValidationError("--end-date \(endDate) is before --start-date \(startDate)")
        }
    }

    var range: DateRange { DateRange(start: startDate, end: endDate)! }
}

/// `--start-date D --end-date D`, both optional (all dates when absent).
struct OptionalDateRangeOptions: ParsableArguments {
    @Option(name: .long, help: "First game day (YYYY-MM-DD).")
    var startDate: GameDate?

    @Option(name: .long, help: "Last game day (YYYY-MM-DD), inclusive.")
    var endDate: GameDate?

    func validate() throws {
        if let startDate, let endDate, endDate < startDate {
            throw ValidationError("--end-date \(endDate) is before --start-date \(startDate)")
        }
    }
}
