import Foundation
import HindcastCLI
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

@testable import HindcastReports

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects element names, `id` attributes, the titles (tooltips) and all text of an XML document.
final class Elements: NSObject, XMLParserDelegate {
    var names: [String] = []
    var ids: [String] = []
    var titles: [String] = []
    /// `(element, attributes)` in document order.
    var elements: [(String, [String: String])] = []
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        names.append(name)
        elements.append((name, attributes))
        if let id = attributes["id"] { ids.append(id) }
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { titles.append(text) }
    }
}

/// The HTML report of a real backfill (the bundled 2021-22 season, 2021-10-31..2021-11-02: two
/// dates with observed prop lines and an early-season one), reported over two calendar weeks: one
/// file a browser opens as it is, with nothing fetched from anywhere, that fits a phone, and that
/// holds each section people read.
@Suite struct HTMLReportTests {
    static let range = DateRange(start: GameDate("2021-10-25")!, end: GameDate("2021-11-07")!)!
    static let madeAt = Date(timeIntervalSince1970: 1_796_036_100)  // 2026-11-30 10:55:00 UTC

    static func backfilled() throws -> SeededWarehouse {
        try TestWarehouse.season2021(after: "report-2021-10-31..11-02") { warehouse in
            let report = try PipelineRun.run(warehouse, from: "2021-10-31", through: "2021-11-02")
            precondition(report.failed.isEmpty, "the backfill under the report failed")
        }
    }

    static func render(_ warehouse: Warehouse, range: DateRange = range) throws -> (ReportData, String) {
        let data = try warehouse.read { db in
            try ReportData.load(db, range: range, graph: try Pipeline.graph(), fidelityProfile: .standard)
        }
        let header = ReportHeader(
            generatedAt: madeAt, source: "hindcast.sqlite", version: HindcastVersion.number,
            fidelityProfile: "\(Profile.standard.name) v\(Profile.standard.version)")
        return (data, HTMLReport.render(data, header: header))
    }

    func parse(_ html: String) throws -> Elements {
        let elements = Elements()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = elements
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        return elements
    }

    func selfContained(_ html: String) {
        for forbidden in ["<script", "http:", "https:", " src=", "href=", "url(http", "@import", "<link", "<img"] {
            #expect(!html.contains(forbidden), "the report contains \(forbidden)")
        }
    }

    @Test func theReportIsWellFormedSelfContainedFitsAPhoneAndHasEverySection() throws {
        let seeded = try Self.backfilled()
        let (_, html) = try Self.render(seeded.warehouse)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        selfContained(html)
        let elements = try parse(html)
        #expect(html.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"))
        let sections = elements.elements.filter { $0.0 == "section" }.compactMap { $0.1["id"] }
        #expect(sections == HTMLReport.sectionIDs)
        // Charts shrink to the screen; wide tables scroll in their own box, never the page.
        #expect(html.contains("svg.chart{display:block;max-width:100%;height:auto"))
        #expect(html.contains(".scroll{overflow-x:auto"))
        let tables = html.components(separatedBy: "<table").count - 1
        let scrolled = html.components(separatedBy: "<div class=\"scroll\"><table").count - 1
        #expect(tables > 0 && scrolled == tables)
        // No chart is drawn wider than a 390-px phone shows at 1:1 with the page's 16-px margins.
        let widths = elements.elements.filter { $0.0 == "svg" }.compactMap { Double($0.1["width"] ?? "") }
        #expect(widths.count == 5)
        #expect(widths.allSatisfy { $0 <= 420 })
        #expect(widths.min()! <= 358, "the calendar fits a phone without scaling")
        #expect(html.contains("different players and dates"))
    }

    @Test func theHeaderSaysWhenFromWhichProfileVersionAndRuns() throws {
        let seeded = try Self.backfilled()
        let (data, html) = try Self.render(seeded.warehouse)
        #expect(html.contains("<dt>Made</dt><dd>2026-11-30 10:55:00 UTC</dd>"))
        #expect(html.contains("<dd>version \(HindcastVersion.number)</dd>"))
        #expect(html.contains("<dt>Runs' profile</dt><dd>default v\(Profile.standard.version)</dd>"))
        let invocations = try seeded.warehouse.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT invocation_id FROM processor_run_history")
        }
        #expect(invocations.count == 1)
        #expect(data.runs.map(\.invocationID) == invocations)
        #expect(html.contains("<td>\(invocations[0])</td>"))
    }

    @Test func theCalendarShowsRunStatePerDayAsWeeksWithEveryStateInTheLegend() throws {
        let seeded = try Self.backfilled()
        let (data, html) = try Self.render(seeded.warehouse)
        let elements = try parse(html)
        let states = Dictionary(uniqueKeysWithValues: data.calendar.days.map { ($0.date.description, $0.state) })
        // The week before the backfill only ran the game summaries it read as history; game days
        // after it were never run; 2021-10-31 is too early in the season for features under the
        // default profile (flag mode), so predictions skipped it.
        #expect(states["2021-10-25"] == .partlyRun)
        #expect(states["2021-11-07"] == .noRows)
        #expect(states["2021-10-31"] == .skippedEarlySeason)
        #expect(states["2021-11-02"] == .succeeded)
        let cells = elements.titles.filter { $0.range(of: #"^2021-1\d-\d\d: "#, options: .regularExpression) != nil }
        #expect(cells.count == 14)
        #expect(cells.contains { $0.hasPrefix("2021-10-31: skipped (early season); ") && $0.contains("early season") })
        #expect(cells.contains { $0.hasPrefix("2021-11-02: succeeded; ") && $0.contains("observed prop lines") })
        // Two weeks, Monday to Sunday: 7 columns and 2 rows of day cells.
        let calendarCells = elements.elements.filter { $0.0 == "rect" && $0.1["stroke"] == "#ced4da" }
        #expect(Set(calendarCells.compactMap { $0.1["x"] }).count == 7)
        #expect(Set(calendarCells.compactMap { $0.1["y"] }).count == 2)
        for state in RunCalendar.State.allCases {
            #expect(html.contains("</span>\(state.rawValue) ("), "the legend lacks \(state.rawValue)")
        }
    }

    @Test func accuracyStandsBesideTheBaselinesWithCountsBreakEvenAndRoundTicks() throws {
        let seeded = try Self.backfilled()
        let (data, html) = try Self.render(seeded.warehouse)
        let elements = try parse(html)
        let seasonAverage = try #require(
            data.accuracy.first {
                $0.system == AccuracyReport.seasonAverageBaseline && $0.origin == "synthetic"
            })
        #expect(
            elements.titles.contains(
                "season average (baseline), synthetic context: MAE \(String(format: "%.2f", seasonAverage.meanAbsoluteError!)) "
                    + "points over \(seasonAverage.graded) graded"))
        // The line is a baseline on the rows that had one, beside every system on those same rows.
        let line = try #require(data.onObservedLines.first { $0.system == AccuracyReport.lineBaseline })
        #expect(line.graded > 0)
        #expect(html.contains("<tr><td>the line (baseline)</td><td>\(line.graded)</td>"))
        // Hit rate: a count on every bucket, small ones not drawn, the break-even line.
        #expect(html.contains("break-even 52.4% (−110)"))
        #expect(data.accuracy.contains { $0.bets > 0 })
        for entry in data.accuracy where entry.bets > 0 && entry.origin != "all" {
            let name = "\(entry.system), \(entry.origin) context: "
            if entry.bets < 30 {
                #expect(elements.titles.contains("\(name)\(entry.bets) bets, under the 30 needed to show a hit rate"))
                #expect(
                    html.contains(
                        "<td>\(entry.bets)</td><td>\(String(format: "%.1f%%", entry.hitRate! * 100)) (too few)</td>"))
            } else {
                #expect(
                    elements.titles.contains {
                        $0.hasPrefix(name) && $0.hasSuffix("of \(entry.bets) bets against observed lines")
                    })
            }
        }
        // MAE axis ticks are round steps, printed on the chart.
        let maximum = data.accuracy.compactMap(\.meanAbsoluteError).max()!
        let scale = NiceScale(minimum: 0, maximum: maximum, ticks: 10)
        #expect([0.5, 1].contains(scale.step))
        for tick in scale.ticks {
            #expect(html.contains(">\(scale.label(tick))</text>"), "no MAE tick \(scale.label(tick))")
        }
    }

    @Test func weeklyAccuracyDrawsAPointPerSystemAndWeek() throws {
        let seeded = try Self.backfilled()
        let (data, html) = try Self.render(seeded.warehouse)
        let elements = try parse(html)
        // 2021-10-31 was skipped (early season), so only the week of Nov 1 has grades; both weeks of
        // the range are on the axis.
        let weeks = Set(data.weekly.map(\.week.description))
        #expect(weeks == ["2021-11-01"])
        #expect(html.contains(">Oct 25</text>") && html.contains(">Nov 1</text>"))
        #expect(
            Set(data.weekly.map(\.system)).isSuperset(of: [
                AccuracyReport.seasonAverageBaseline, AccuracyReport.lineBaseline,
            ]))
        for entry in data.weekly {
            let label = entry.week.description == "2021-10-25" ? "Oct 25" : "Nov 1"
            #expect(
                elements.titles.contains {
                    $0.hasSuffix(
                        "week of \(label): MAE \(String(format: "%.2f", entry.meanAbsoluteError)) over \(entry.graded) graded"
                    )
                })
        }
        #expect(html.contains("Accuracy over time"))
    }

    @Test func aFailedAndAStaleDayShowAsSuchNotAsDaysWithoutRows() throws {
        let seeded = try Self.backfilled()
        let warehouse = seeded.warehouse
        // Grading 2021-11-02 again fails (a full disk); a box score of 2021-10-31 changes after its run.
        try warehouse.write { db in
            try db.execute(
                sql: """
                    DELETE FROM processor_run_history
                    WHERE processor_name = 'prediction_accuracy' AND data_date = '2021-11-02'
                    """)
            try db.execute(
                sql: """
                    UPDATE player_boxscores SET pts = pts + 1
                    WHERE rowid = (SELECT MIN(rowid) FROM player_boxscores WHERE game_date = '2021-10-31')
                    """)
        }
        try WriteFaults.breakWrites(warehouse, table: "prediction_accuracy", column: "game_date", date: "2021-11-02")
        let rerun = try PipelineRun.run(
            warehouse, from: "2021-11-02", through: "2021-11-02", processors: ["prediction_accuracy"])
        #expect(rerun.failed.count == 1)
        let (data, html) = try Self.render(warehouse)
        let elements = try parse(html)
        let days = Dictionary(uniqueKeysWithValues: data.calendar.days.map { ($0.date.description, $0) })
        #expect(days["2021-11-02"]?.state == .failed)
        #expect(days["2021-11-02"]?.reason?.hasPrefix("prediction_accuracy: ") == true)
        #expect(days["2021-10-31"]?.state == .stale)
        #expect(elements.titles.contains { $0.hasPrefix("2021-11-02: failed; ") && $0.contains("disk is full") })
        #expect(html.contains("</span>failed (1)"))
        #expect(html.contains("</span>stale (1)"))
    }

    @Test func roundTicksMakeNearbyErrorsEasyToTellApart() {
        let mae = NiceScale(minimum: 0, maximum: 5.09, ticks: 10)
        #expect(mae.step == 0.5)
        #expect(mae.upper == 5.5)
        #expect(
            mae.ticks.map(mae.label) == [
                "0.0", "0.5", "1.0", "1.5", "2.0", "2.5", "3.0", "3.5", "4.0", "4.5", "5.0", "5.5",
            ])
        let percent = NiceScale(minimum: 0, maximum: 100, ticks: 10)
        #expect(percent.step == 10)
        #expect(percent.ticks.map(percent.label).first == "0")
        #expect(percent.ticks.map(percent.label).last == "100")
        let weekly = NiceScale(minimum: 4.72, maximum: 5.09, ticks: 6)
        #expect(weekly.step == 0.05)
        #expect(abs(weekly.lower - 4.7) < 1e-9 && abs(weekly.upper - 5.1) < 1e-9)
    }
}
