import Foundation
import HindcastTestSupport
import Testing

/// `hindcast report` from the real binary: the header names the profile the range's runs used and
/// the one fidelity was measured with (by default the runs' own; `--profile` overrides it).
@Suite struct ReportCommandTests {
    @Test func theHeaderNamesTheRunsProfileAndFidelityUsesItUnlessToldOtherwise() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let inferred = warehouse.directory.file("inferred.html")
        let run = try CLIFixtures.hindcast(
            ["report", "--start-date", "2022-01-01", "--end-date", "2022-01-02", "--out", inferred], on: warehouse)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let html = try String(contentsOfFile: inferred, encoding: .utf8)
        #expect(html.contains("<dt>Runs' profile</dt><dd>default v1</dd>"))
        #expect(html.contains("<dt>Fidelity profile</dt><dd>default v1</dd>"))
        #expect(html.contains("<dt>Hindcast</dt><dd>version "))
        #expect(
            html.range(of: #"<dt>Made</dt><dd>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC</dd>"#, options: .regularExpression)
                != nil)
        // No observed context in these dates: fidelity says why instead of printing 0% agreement.
        #expect(html.contains("Not measured: no observed player context rows in 2022-01-01..2022-01-02"))

        let chosen = warehouse.directory.file("chosen.html")
        let override = try CLIFixtures.hindcast(
            [
                "report", "--start-date", "2022-01-01", "--end-date", "2022-01-02", "--out", chosen, "--profile",
                "historical-backfill",
            ], on: warehouse)
        #expect(override.exitCode == 0, "\(override.stderr)")
        #expect(
            try String(contentsOfFile: chosen, encoding: .utf8).contains(
                "<dt>Fidelity profile</dt><dd>historical-backfill v1</dd>"))
    }
}
