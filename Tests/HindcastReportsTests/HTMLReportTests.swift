import Foundation
import HindcastCore
import HindcastReports
import HindcastStore
import HindcastTestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Collects element names and the titles (tooltips) of an XML document.
final class Elements: NSObject, XMLParserDelegate {
    var names: [String] = []
    var titles: [String] = []
    private var text = ""

    func parser(
        _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
        attributes: [String: String] = [:]
    ) {
        names.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if name == "title" { titles.append(text) }
    }
}

/// The HTML report of January 2022: one file a browser opens as it is, with nothing fetched from
/// anywhere, its markup well-formed, and its three sections drawn as inline SVG.
@Suite struct HTMLReportTests {
    static let january = DateRange(start: GameDate("2022-01-01")!, end: GameDate("2022-01-31")!)!

    func parse(_ html: String) throws -> Elements {
        let elements = Elements()
        let parser = XMLParser(data: Data(html.utf8))
        parser.delegate = elements
        #expect(parser.parse(), "not well-formed: \(parser.parserError.map { "\($0)" } ?? "")")
        return elements
    }

    func selfContained(_ html: String) {
        for forbidden in ["<script", "http:", "https:", " src=", "href=", "url(", "@import", "<link", "<img"] {
            #expect(!html.contains(forbidden), "the report contains \(forbidden)")
        }
    }

    @Test func theJanuaryReportIsWellFormedSelfContainedAndDrawsItsCharts() throws {
        let seeded = try TestWarehouse.season2021()
        let report = try PipelineRun.run(seeded.warehouse, from: "2022-01-03", through: "2022-01-04")
        #expect(report.failed.isEmpty)
        let data = try seeded.warehouse.read { db in try ReportData.load(db, range: Self.january) }
        let html = HTMLReport.render(data, source: "hindcast.sqlite")
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        selfContained(html)
        let elements = try parse(html)
        #expect(elements.names.filter { $0 == "svg" }.count == 3)
        #expect(elements.names.filter { $0 == "h2" }.count == 3)
        // The calendar: one cell per table and day of January (13 tables × 31 days).
        let cells = elements.titles.filter {
            $0.range(of: #"^[a-z_]+ 2022-01-\d\d: "#, options: .regularExpression) != nil
        }
        #expect(cells.count == 13 * 31)
        #expect(cells.contains("upcoming_player_game_context 2022-01-03: 263 rows, 0 observed, 263 synthetic"))
        #expect(cells.contains("player_game_summary 2022-01-05: no rows"))
        #expect(elements.titles.contains { $0.hasPrefix("ensemble_v1, synthetic: ") })
        #expect(html.contains("No recommendation was graded against an observed line"))
    }

    @Test func aWarehouseWithoutPredictionsSaysSoInsteadOfFailing() throws {
        let seeded = try TestWarehouse.season2021()
        let data = try seeded.warehouse.read { db in try ReportData.load(db, range: Self.january) }
        let html = HTMLReport.render(data, source: "empty.sqlite")
        selfContained(html)
        let elements = try parse(html)
        #expect(elements.names.filter { $0 == "svg" }.count == 1)
        #expect(html.contains("prediction_accuracy has no graded rows in 2022-01-01..2022-01-31"))
        #expect(html.contains("ml_feature_store has no rows in 2022-01-01..2022-01-31"))
    }
}
