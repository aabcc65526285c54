import ArgumentParser
import HindcastReports

extension ReportFormat: ExpressibleByArgument {}

/// `--format table|json|csv`, shared by every reporting command.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json or csv.")
    var format: ReportFormat = .table
}
