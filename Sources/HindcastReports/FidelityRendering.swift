import Foundation
import HindcastContext
import HindcastCore
import HindcastStore

/// Renders a fidelity report: a summary, then agreement per field.
public enum FidelityRendering {
    public static func render(
        _ report: FidelityReport, as format: ReportFormat, width: Int? = TableRenderer.defaultWidth
    ) -> String {
        switch format {
        case .json:
            struct Output: Encodable {
                let observedRows: Int
                let comparedRows: Int
                let playerSetAgreement: Double
                let historyAgreement: Double
                let estimatedLines: Int
                let lineMAE: Double?
                let dates: [FidelityReport.DateSummary]
                let fields: [Field]
                struct Field: Encodable {
                    let field: String
                    let compared: Int
                    let agreed: Int
                    let rate: Double
                }
            }
            let output = Output(
                observedRows: report.observedRows, comparedRows: report.comparedRows,
                playerSetAgreement: report.playerSetAgreement, historyAgreement: report.historyAgreement,
                estimatedLines: report.estimatedLines, lineMAE: report.lineMAE, dates: report.dates,
                fields: report.fields.map {
                    .init(field: $0.field, compared: $0.compared, agreed: $0.agreed, rate: $0.rate)
                })
            return JSONOutput.line(output)
        case .table, .csv:
            let summary = QueryResult(
                columns: ["date", "observed_rows", "in_synthetic_player_set", "estimated_lines", "line_mae"],
                rows: report.dates.map { date in
                    [
                        .text(date.date), .integer(Int64(date.observedRows)),
                        .integer(Int64(date.inSyntheticPlayerSet)),
                        .integer(Int64(date.estimatedLines)),
                        date.estimatedLines == 0
                            ? .null
                            : .real(Rounding.thousandth(date.lineAbsoluteErrorSum / Double(date.estimatedLines))),
                    ]
                })
            let fields = QueryResult(
                columns: ["field", "compared", "agreed", "agreement"],
                rows: report.fields.map {
                    [
                        .text($0.field), .integer(Int64($0.compared)), .integer(Int64($0.agreed)),
                        .real(Rounding.thousandth($0.rate)),
                    ]
                })
            if format == .csv { return TableRenderer.render(fields, as: .csv) }
            var text = TableRenderer.render(summary, as: .table, width: width)
            text += String(
                format: "player set agreement %.1f%%, history-derived field agreement %.1f%%, line MAE %@\n\n",
                report.playerSetAgreement * 100, report.historyAgreement * 100,
                report.lineMAE.map { String(format: "%.3f over %d lines", $0, report.estimatedLines) } ?? "n/a")
            return text + TableRenderer.render(fields, as: .table, width: width)
        }
    }
}
