import Foundation
import HindcastCore

/// The report's accuracy section: MAE by system and context origin beside the two baselines (the
/// player's season average before the date, and the observed line where one existed), the hit rate
/// with its sample size, a minimum sample and the 52.4% break-even line, and the same figures as
/// tables, including every system on the rows that had an observed line.
enum ReportAccuracySection {
    /// Bets below which a hit rate is not drawn (its bar is greyed and only the count is written).
    static let minimumBets = 30
    /// The hit rate at which a bet at −110 breaks even: 110 / 210.
    static let breakEven = 110.0 / 210.0

    static func render(_ data: ReportData) -> String {
        guard !data.accuracy.isEmpty else {
            return "<section id=\"accuracy\"><h2>Accuracy by system, beside the baselines</h2>"
                + "<p class=\"empty\">prediction_accuracy has no graded rows in \(data.range): run hindcast backfill "
                + "(predictions and grading) over the range first.</p></section>"
        }
        let perOrigin = HTMLReport.origins.filter { origin in data.accuracy.contains { $0.origin == origin } }
        let shown = perOrigin.count > 1 ? perOrigin + ["all"] : perOrigin
        let systems = ordered(Set(data.accuracy.map(\.system)))
        func entry(_ system: String, _ origin: String) -> ReportData.Accuracy? {
            data.accuracy.first { $0.system == system && $0.origin == origin }
        }
        let legend = HTMLReport.legend(shown.map { ("\($0) context", SVG.colors[$0]!) })
        return "<section id=\"accuracy\"><h2>Accuracy by system, beside the baselines</h2>" + legend
            + "<div class=\"charts\"><div><h3>Mean absolute error (points; lower is better)</h3>"
            + maeChart(systems: systems, origins: shown, entry: entry)
            + "<p class=\"note\">Baselines: the player's season average before the date, and the observed line "
            + "itself, graded like predictions. The line exists only on some rows: see the same-rows table below.</p>"
            + "</div><div><h3>Hit rate against observed lines</h3>"
            + hitChart(systems: systems, origins: shown, entry: entry) + "</div></div>"
            + sameRowsTable(data) + fullTable(data, systems: systems, origins: shown) + "</section>"
    }

    /// Systems first (by name), then the season-average and line baselines.
    static func ordered(_ systems: Set<String>) -> [String] {
        let baselines = [AccuracyReport.seasonAverageBaseline, AccuracyReport.lineBaseline]
        return systems.subtracting(baselines).sorted() + baselines.filter(systems.contains)
    }

    /// The origins to draw for a system: those with something to show, and `all` only beside two or
    /// more of them (alone it would repeat the one bar).
    static func bucketOrigins(_ origins: [String], of system: String, shows: (String) -> Bool) -> [String] {
        let specific = origins.filter { $0 != "all" && shows($0) }
        return specific.count > 1 && origins.contains("all") ? specific + ["all"] : specific
    }

    static func maeChart(
        systems: [String], origins: [String], entry: (String, String) -> ReportData.Accuracy?
    ) -> String {
        let rows = systems.map { system in
            SVGBarChart.Row(
                label: HTMLReport.systemName(system),
                bars: bucketOrigins(origins, of: system) { entry(system, $0)?.meanAbsoluteError != nil }.compactMap {
                    origin in
                    guard let accuracy = entry(system, origin), let mae = accuracy.meanAbsoluteError else {
                        return nil
                    }
                    return SVGBarChart.Bar(
                        value: mae, color: SVG.colors[origin]!,
                        text: "\(HTMLReport.format(mae)) (n=\(accuracy.graded))",
                        tip: "\(HTMLReport.systemName(system)), \(origin) context: MAE \(HTMLReport.format(mae)) "
                            + "points over \(accuracy.graded) graded")
                })
        }
        let maximum = rows.flatMap { $0.bars.map(\.value) }.max() ?? 1
        return SVGBarChart(
            label: "Mean absolute error by system and context origin, with the season-average and line baselines",
            rows: rows, scale: NiceScale(minimum: 0, maximum: maximum, ticks: 10), unit: "points", reference: nil
        ).svg
    }

    static func hitChart(
        systems: [String], origins: [String], entry: (String, String) -> ReportData.Accuracy?
    ) -> String {
        let rows = systems.compactMap { system -> SVGBarChart.Row? in
            let bars = bucketOrigins(origins, of: system) { (entry(system, $0)?.bets ?? 0) > 0 }.compactMap {
                origin -> SVGBarChart.Bar? in
                guard let accuracy = entry(system, origin), accuracy.bets > 0, let rate = accuracy.hitRate else {
                    return nil
                }
                let name = "\(HTMLReport.systemName(system)), \(origin) context"
                guard accuracy.bets >= minimumBets else {
                    return SVGBarChart.Bar(
                        value: 0, color: SVG.colors[origin]!,
                        text: "\(accuracy.bets) bet\(accuracy.bets == 1 ? "" : "s"): too few (< \(minimumBets))",
                        tip: "\(name): \(accuracy.bets) bets, under the \(minimumBets) needed to show a hit rate",
                        muted: true)
                }
                return SVGBarChart.Bar(
                    value: rate * 100, color: SVG.colors[origin]!,
                    text: "\(HTMLReport.percent(rate)) of \(accuracy.bets)",
                    tip: "\(name): \(HTMLReport.percent(rate)) of \(accuracy.bets) bets against observed lines")
            }
            return bars.isEmpty ? nil : SVGBarChart.Row(label: HTMLReport.systemName(system), bars: bars)
        }
        guard !rows.isEmpty else {
            return "<p>No recommendation was graded against an observed line in this range (hit rate needs one).</p>"
        }
        return SVGBarChart(
            label: "Hit rate against observed lines by system and context origin, with the 52.4% break-even",
            rows: rows, scale: NiceScale(minimum: 0, maximum: 100, ticks: 10), unit: "%",
            reference: (breakEven * 100, "break-even 52.4% (−110)")
        ).svg
            + "<p class=\"note\">Counts are OVER/UNDER calls judged against observed lines (pushes excluded); "
            + "buckets under \(minimumBets) bets are greyed, not drawn. Estimated lines are never bet.</p>"
    }

    static func sameRowsTable(_ data: ReportData) -> String {
        guard !data.onObservedLines.isEmpty else {
            return "<h3>On the rows with an observed line</h3><p class=\"note\">No graded row had an observed line "
                + "in this range, so the line baseline is absent.</p>"
        }
        let rows = ordered(Set(data.onObservedLines.map(\.system))).compactMap { system in
            data.onObservedLines.first { $0.system == system }
        }.map { entry in
            "<tr><td>\(SVG.escape(HTMLReport.systemName(entry.system)))</td><td>\(entry.graded)</td>"
                + "<td>\(entry.meanAbsoluteError.map(HTMLReport.format) ?? "")</td>"
                + "<td>\(entry.bias.map(HTMLReport.format) ?? "")</td></tr>"
        }
        return "<h3>On the rows with an observed line</h3><p class=\"note\">Every system and both baselines on "
            + "the same players and dates: the rows graded against an observed line.</p>"
            + "<div class=\"scroll\"><table><tr><th>system</th><th>graded</th><th>MAE</th><th>bias</th></tr>"
            + rows.joined() + "</table></div>"
    }

    static func fullTable(_ data: ReportData, systems: [String], origins: [String]) -> String {
        var rows: [String] = []
        for system in systems {
            for origin in origins {
                guard let entry = data.accuracy.first(where: { $0.system == system && $0.origin == origin }) else {
                    continue
                }
                rows.append(
                    "<tr><td>\(SVG.escape(HTMLReport.systemName(system)))</td><td class=\"t\">\(origin)</td>"
                        + "<td>\(entry.graded)</td>"
                        + "<td>\(entry.meanAbsoluteError.map(HTMLReport.format) ?? "")</td>"
                        + "<td>\(entry.bias.map(HTMLReport.format) ?? "")</td><td>\(entry.bets)</td>"
                        + "<td>\(entry.hitRate.map { HTMLReport.percent($0) + (entry.bets < minimumBets ? " (too few)" : "") } ?? "")</td></tr>"
                )
            }
        }
        return "<h3>All figures</h3><div class=\"scroll\"><table><tr><th>system</th><th class=\"t\">context origin</th>"
            + "<th>graded</th><th>MAE</th><th>bias</th><th>bets vs observed line</th><th>hit rate</th></tr>"
            + rows.joined() + "</table></div>"
    }
}
