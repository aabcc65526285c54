import Foundation

/// The report's feature-quality section: the distribution of `feature_quality_score` per context
/// origin (share of rows per 5-point bin) and its summary per origin.
enum ReportQualitySection {
    static func render(_ data: ReportData) -> String {
        let heading = "<section id=\"quality\"><h2>Feature quality by context origin</h2>"
        let present = HTMLReport.origins.filter { !(data.quality[$0] ?? []).isEmpty }
        guard !present.isEmpty else {
            return heading
                + "<p class=\"empty\">ml_feature_store has no rows in \(data.range): run hindcast backfill first.</p>"
                + "</section>"
        }
        let bins = Array(stride(from: 0, to: 100, by: 5))
        let series = present.map { origin -> SVGLineChart.Series in
            let scores = data.quality[origin]!
            var counts = [Int](repeating: 0, count: bins.count)
            for bin in scores.map({ Int($0) / 5 }) where bin >= 0 { counts[min(bin, bins.count - 1)] += 1 }
            let shares = counts.map { 100 * Double($0) / Double(scores.count) }
            return SVGLineChart.Series(
                name: origin, color: SVG.colors[origin]!, values: shares,
                tips: zip(bins, zip(counts, shares)).map { bin, value in
                    "\(origin), score \(bin)-\(bin + 5): \(value.0) rows, \(SVG.number(value.1))%"
                })
        }
        let chart = SVGLineChart(
            label: "Feature quality score distribution by context origin (share of rows per 5-point bin)",
            categories: bins.map(String.init), series: series, unit: "% of rows"
        ).svg
        var rows: [String] = []
        for origin in present {
            let scores = data.quality[origin]!
            let mean = scores.reduce(0, +) / Double(scores.count)
            rows.append(
                "<tr><td>\(origin)</td><td>\(scores.count)</td><td>\(SVG.number(mean))</td>"
                    + "<td>\(SVG.number(scores[scores.count / 2]))</td><td>\(SVG.number(scores.first!))</td>"
                    + "<td>\(SVG.number(scores.last!))</td></tr>")
        }
        return heading + HTMLReport.legend(present.map { ($0, SVG.colors[$0]!) }) + chart
            + "<p class=\"note\">x: feature quality score (5-point bins), y: share of the origin's rows.</p>"
            + "<div class=\"scroll\"><table><tr><th>context origin</th><th>rows</th><th>mean</th><th>median</th>"
            + "<th>min</th><th>max</th></tr>" + rows.joined() + "</table></div></section>"
    }
}
