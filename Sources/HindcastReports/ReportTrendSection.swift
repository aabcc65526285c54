import Foundation
import HindcastCore

/// The report's accuracy over time: weekly MAE per system as lines, the baselines dashed.
enum ReportTrendSection {
    static func render(_ data: ReportData) -> String {
        let heading = "<section id=\"accuracy-over-time\"><h2>Accuracy over time</h2>"
        guard !data.weekly.isEmpty else {
            return heading + "<p class=\"empty\">No graded prediction in \(data.range), so no weekly MAE.</p></section>"
        }
        let firstWeek = WeeklyAccuracy.monday(of: data.range.start)
        let weeks = stride(from: firstWeek.dayNumber, through: data.range.end.dayNumber, by: 7).map(
            GameDate.init(dayNumber:))
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let labels = weeks.map { week -> String in
            let (_, month, day) = week.components
            return "\(months[month - 1]) \(day)"
        }
        let systems = ReportAccuracySection.ordered(Set(data.weekly.map(\.system)))
        var paletteIndex = 0
        let series = systems.map { system -> SVGLineChart.Series in
            let color: String
            switch system {
            case AccuracyReport.seasonAverageBaseline: color = "#212529"
            case AccuracyReport.lineBaseline: color = "#868e96"
            default:
                color = SVG.systemPalette[paletteIndex % SVG.systemPalette.count]
                paletteIndex += 1
            }
            let byWeek = Dictionary(
                uniqueKeysWithValues: data.weekly.filter { $0.system == system }.map { ($0.week, $0) })
            return SVGLineChart.Series(
                name: HTMLReport.systemName(system), color: color,
                dashed: system == AccuracyReport.seasonAverageBaseline || system == AccuracyReport.lineBaseline,
                values: weeks.map { byWeek[$0]?.meanAbsoluteError },
                tips: weeks.enumerated().map { index, week in
                    guard let entry = byWeek[week] else { return "" }
                    return "\(HTMLReport.systemName(system)), week of \(labels[index]): MAE "
                        + "\(HTMLReport.format(entry.meanAbsoluteError)) over \(entry.graded) graded"
                })
        }
        let legend =
            "<div class=\"legend\">"
            + series.map { entry in
                entry.dashed
                    ? "<span><span class=\"dash\" style=\"border-color:\(entry.color)\"></span>\(SVG.escape(entry.name))</span>"
                    : "<span><span class=\"swatch\" style=\"background:\(entry.color)\"></span>\(SVG.escape(entry.name))</span>"
            }.joined() + "</div>"
        let chart = SVGLineChart(
            label: "Weekly mean absolute error per system, baselines dashed", categories: labels, series: series,
            unit: "MAE (points)"
        ).svg
        return heading + legend + chart
            + "<p class=\"note\">Weeks run Monday to Sunday; every context origin together; hover a point for its "
            + "count. The line baseline appears only in weeks with observed lines.</p></section>"
    }
}
