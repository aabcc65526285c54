import ArgumentParser
import HindcastReports

extension ReportFormat: ExpressibleByArgument {}

/// `--format table|json|csv` and `--wide`, shared by every reporting command. Tables fit 100
/// columns unless `--wide`; JSON is one compact document (see `JSONOutput`).
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json (one document, snake_case keys) or csv.")
    var format: ReportFormat = .table

    @Flag(name: .long, help: "Let tables be wider than 100 columns instead of shortening long cells.")
    var wide = false

    /// The width tables must fit, `nil` with `--wide`.
    var width: Int? { wide ? nil : TableRenderer.defaultWidth }
}
