import Foundation
import HindcastCore

/// `hindcast report`: one self-contained HTML file (inline CSS and SVG drawn here; no scripts,
/// fonts, images or links fetched from anywhere) with a coverage calendar (dates × tables,
/// observed vs synthetic), the feature-quality distribution by context origin, and accuracy by
/// system and origin. The markup is also well-formed XML, so tools can parse it.
public enum HTMLReport {
    static let origins = ["observed", "synthetic", "none"]

    /// The report's HTML text.
    public static func render(_ data: ReportData, source: String) -> String {
        let title = "Hindcast report \(data.range)"
        var body: [String] = ["<h1>\(SVG.escape(title))</h1>"]
        body.append(
            "<p class=\"meta\">Warehouse \(SVG.escape(source)); \(data.gameDays.count) game days of "
                + "\(data.days.count) calendar days. Synthetic rows are context reconstructed after the fact from "
                + "data knowable before each game; observed rows come from pre-game snapshots.</p>")
        body.append(coverageSection(data))
        body.append(qualitySection(data))
        body.append(accuracySection(data))
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"/><title>\(SVG.escape(title))</title>
            <style>\(css)</style></head>
            <body>\(body.joined(separator: "\n"))</body></html>

            """
    }

    static let css = """
        body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:24px;color:#212529}
        h1{font-size:22px}h2{font-size:17px;margin-top:32px}.meta{color:#495057}
        table{border-collapse:collapse;font-size:12px;margin-top:8px}td,th{border:1px solid #dee2e6;padding:3px 8px;text-align:right}
        th{background:#f8f9fa}td:first-child,th:first-child{text-align:left}
        .key{margin-right:14px;font-size:12px}.swatch{display:inline-block;width:10px;height:10px;margin-right:4px}
        .chart{display:block;margin-top:8px}.empty{color:#c92a2a}
        """

    static func coverageSection(_ data: ReportData) -> String {
        let cell = 14.0
        let rowHeight = 16.0
        let left = 210.0
        let top = 10.0
        var marks: [String] = []
        for (row, table) in data.tables.enumerated() {
            let y = top + Double(row) * rowHeight
            marks.append(SVG.text(table, x: left - 6, y: y + 11, anchor: "end", size: 11))
            for (column, day) in data.days.enumerated() {
                let x = left + Double(column) * cell
                let coverage = data.coverage[table]?[day]
                let label = "\(table) \(day)"
                guard data.gameDays.contains(day) || coverage != nil else {
                    marks.append(
                        SVG.rect(
                            x: x, y: y, width: cell - 1, height: rowHeight - 2, fill: "#ffffff",
                            tip: "\(label): not a game day"))
                    continue
                }
                guard let coverage, coverage.rows > 0 else {
                    marks.append(
                        SVG.rect(
                            x: x, y: y, width: cell - 1, height: rowHeight - 2,
                            fill: SVG.colors["empty"]!, tip: "\(label): no rows"))
                    continue
                }
                guard let observed = coverage.observed, let synthetic = coverage.synthetic else {
                    marks.append(
                        SVG.rect(
                            x: x, y: y, width: cell - 1, height: rowHeight - 2,
                            fill: SVG.colors["present"]!, tip: "\(label): \(coverage.rows) rows"))
                    continue
                }
                let tip = "\(label): \(coverage.rows) rows, \(observed) observed, \(synthetic) synthetic"
                let share = Double(observed) / Double(max(coverage.rows, 1))
                let observedHeight = (rowHeight - 2) * share
                marks.append(
                    SVG.rect(
                        x: x, y: y, width: cell - 1, height: rowHeight - 2,
                        fill: synthetic > 0 ? SVG.colors["synthetic"]! : SVG.colors["none"]!, tip: tip))
                if observed > 0 {
                    marks.append(
                        SVG.rect(
                            x: x, y: y, width: cell - 1, height: observedHeight,
                            fill: SVG.colors["observed"]!, tip: tip))
                }
            }
        }
        let bottom = top + Double(data.tables.count) * rowHeight
        for (column, day) in data.days.enumerated() where data.days.count <= 62 || day.components.day == 1 {
            let x = left + Double(column) * cell + cell / 2
            marks.append(SVG.text(day.description, x: x, y: bottom + 6, anchor: "end", size: 9, rotate: -60))
        }
        let svg = SVG.document(
            width: left + Double(data.days.count) * cell + 10, height: bottom + 72,
            label: "Coverage calendar: dates by tables, observed vs synthetic context", body: marks)
        let legend = SVG.legend([
            ("observed context", SVG.colors["observed"]!), ("synthetic context", SVG.colors["synthetic"]!),
            ("rows (no context origin)", SVG.colors["present"]!), ("game day without rows", SVG.colors["empty"]!),
        ])
        return "<h2>Coverage calendar</h2><p>\(legend)</p>\(svg)"
    }

    static func qualitySection(_ data: ReportData) -> String {
        let present = origins.filter { !(data.quality[$0] ?? []).isEmpty }
        guard !present.isEmpty else {
            return "<h2>Feature quality by context origin</h2>"
                + "<p class=\"empty\">ml_feature_store has no rows in \(data.range): run hindcast backfill first.</p>"
        }
        let bins = Array(stride(from: 0, to: 100, by: 5))
        let series = present.map { origin -> (name: String, color: String, values: [Double?]) in
            let scores = data.quality[origin]!
            var counts = [Int](repeating: 0, count: bins.count)
            for bin in scores.map({ Int($0) / 5 }) where bin >= 0 { counts[min(bin, bins.count - 1)] += 1 }
            let values: [Double?] = counts.map { 100 * Double($0) / Double(scores.count) }
            return (origin, SVG.colors[origin]!, values)
        }
        let chart = SVG.groupedBars(
            label: "Feature quality score distribution by context origin (share of rows per 5-point bin)",
            categories: bins.map(String.init), series: series, unit: "% of rows")
        var rows: [String] = []
        for origin in present {
            let scores = data.quality[origin]!
            let mean = scores.reduce(0, +) / Double(scores.count)
            let median = scores[scores.count / 2]
            rows.append(
                "<tr><td>\(origin)</td><td>\(scores.count)</td><td>\(SVG.number(mean))</td>"
                    + "<td>\(SVG.number(median))</td><td>\(SVG.number(scores.first!))</td>"
                    + "<td>\(SVG.number(scores.last!))</td></tr>")
        }
        return "<h2>Feature quality by context origin</h2><p>"
            + SVG.legend(present.map { ($0, SVG.colors[$0]!) }) + "</p>" + chart
            + "<table><tr><th>context origin</th><th>rows</th><th>mean</th><th>median</th><th>min</th><th>max</th></tr>"
            + rows.joined() + "</table>"
    }

    static func accuracySection(_ data: ReportData) -> String {
        guard !data.accuracy.isEmpty else {
            return "<h2>Accuracy by system and context origin</h2>"
                + "<p class=\"empty\">prediction_accuracy has no graded rows in \(data.range): run hindcast backfill "
                + "(predictions and grading) over the range first.</p>"
        }
        let systems = Array(Set(data.accuracy.map(\.system))).sorted()
        let present = origins.filter { origin in data.accuracy.contains { $0.origin == origin } }
        func value(_ pick: (ReportData.Accuracy) -> Double?) -> [(name: String, color: String, values: [Double?])] {
            present.map { origin in
                (
                    origin, SVG.colors[origin]!,
                    systems.map { system in
                        data.accuracy.first { $0.system == system && $0.origin == origin }.flatMap(pick)
                    }
                )
            }
        }
        let mae = SVG.groupedBars(
            label: "Mean absolute error by system and context origin", categories: systems,
            series: value(\.meanAbsoluteError), unit: "points")
        let hits = data.accuracy.contains { $0.bets > 0 }
        let hitChart =
            hits
            ? SVG.groupedBars(
                label: "Hit rate against observed lines by system and context origin", categories: systems,
                series: value { $0.bets > 0 ? ($0.hitRate ?? 0) * 100 : nil }, unit: "%")
            : "<p>No recommendation was graded against an observed line in this range (hit rate needs one).</p>"
        var rows: [String] = []
        for entry in data.accuracy {
            rows.append(
                "<tr><td>\(SVG.escape(entry.system))</td><td>\(entry.origin)</td><td>\(entry.graded)</td>"
                    + "<td>\(entry.meanAbsoluteError.map(format) ?? "")</td><td>\(entry.bias.map(format) ?? "")</td>"
                    + "<td>\(entry.bets)</td><td>\(entry.hitRate.map { format($0 * 100) + "%" } ?? "")</td></tr>")
        }
        return "<h2>Accuracy by system and context origin</h2><p>"
            + SVG.legend(present.map { ($0, SVG.colors[$0]!) }) + "</p><h3>Mean absolute error (points)</h3>" + mae
            + "<h3>Hit rate (%)</h3>" + hitChart
            + "<table><tr><th>system</th><th>context origin</th><th>graded</th><th>MAE</th><th>bias</th>"
            + "<th>bets vs observed line</th><th>hit rate</th></tr>" + rows.joined() + "</table>"
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
