import HindcastCore
import HindcastStore

/// Renders an accuracy report: one table per dimension (table), one array per dimension under
/// `by_<dimension>` (json), or one table with a `dimension` column (csv).
public enum AccuracyRendering {
    static let columns = [
        "group", "system_id", "predictions", "graded", "voided", "mae", "bias", "within_3_pct", "within_5_pct", "bets",
        "correct", "pushes", "hit_rate_pct",
    ]

    static let titles = [
        "system": "By system", "context_origin": "By context origin", "quality_tier": "By quality tier",
        "month": "By month", "line_source": "By line source",
        "confidence_decile":
            "By confidence decile (hit rate: every prediction with an observed line, on its edge's side)",
        "edge_bucket": "By |edge| against the observed line (hit rate: every prediction on its edge's side)",
    ]

    public static func render(
        _ report: AccuracyReport, as format: ReportFormat, width: Int? = TableRenderer.defaultWidth
    ) -> String {
        switch format {
        case .csv:
            let rows = report.groups.map { [SQLCell.text($0.dimension)] + cells($0) }
            return TableRenderer.render(QueryResult(columns: ["dimension"] + columns, rows: rows), as: .csv)
        case .json:
            var parts = [
                "\"start_date\":" + (report.start.map(JSONText.quote) ?? "null"),
                "\"end_date\":" + (report.end.map(JSONText.quote) ?? "null"),
            ]
            for dimension in AccuracyReport.dimensions {
                let json = TableRenderer.render(section(report, dimension), as: .json)
                parts.append("\"by_\(dimension)\":" + json.trimmingCharacters(in: .newlines))
            }
            return "{" + parts.joined(separator: ",") + "}\n"
        case .table:
            if report.groups.isEmpty {
                return "no graded predictions\(rangeText(report)): run `hindcast backfill` over the dates first\n"
            }
            var text = "Accuracy of graded predictions\(rangeText(report)). MAE and bias over non-voided grades; "
            text += "hit rate over OVER/UNDER calls against observed lines (pushes and DNPs excluded).\n"
            for dimension in AccuracyReport.dimensions {
                text += "\n\(titles[dimension] ?? dimension)\n"
                text += TableRenderer.render(section(report, dimension), as: .table, width: width)
            }
            return text
        }
    }

    static func rangeText(_ report: AccuracyReport) -> String {
        switch (report.start, report.end) {
        case (nil, nil): return ""
        case (let start?, nil): return " from \(start)"
        case (nil, let end?): return " through \(end)"
        case (let start?, let end?): return " \(start)..\(end)"
        }
    }

    static func section(_ report: AccuracyReport, _ dimension: String) -> QueryResult {
        QueryResult(columns: columns, rows: report.groups.filter { $0.dimension == dimension }.map(cells))
    }

    static func cells(_ group: AccuracyReport.Group) -> [SQLCell] {
        let m = group.metrics
        func real(_ value: Double?, _ round: (Double) -> Double) -> SQLCell { value.map { .real(round($0)) } ?? .null }
        func percent(_ count: Int) -> SQLCell {
            m.graded == 0 ? .null : .real(Rounding.tenth(Double(count) / Double(m.graded) * 100))
        }
        let isBaseline = group.system.hasPrefix("baseline_")
        return [
            .text(group.group), .text(group.system), .integer(Int64(m.predictions)), .integer(Int64(m.graded)),
            .integer(Int64(m.voided)), real(m.meanAbsoluteError, Rounding.thousandth),
            real(m.bias, Rounding.thousandth), percent(m.within3), percent(m.within5),
            isBaseline ? .null : .integer(Int64(m.bets)), isBaseline ? .null : .integer(Int64(m.correct)),
            isBaseline ? .null : .integer(Int64(m.pushes)), real(m.hitRate.map { $0 * 100 }, Rounding.tenth),
        ]
    }
}
