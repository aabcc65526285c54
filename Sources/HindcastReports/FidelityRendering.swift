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
            struct Estimate: Encodable {
                let n: Int
                let mae: Double?
                let bias: Double?
                init(_ errors: FidelityReport.EstimateErrors) {
                    n = errors.count
                    mae = errors.mae.map(Rounding.thousandth)
                    bias = errors.bias.map(Rounding.thousandth)
                }
            }
            struct Cost: Encodable {
                let systemId: String
                let playerGames: Int
                let maeObserved: Double
                let maeSynthetic: Double
                let cost: Double
            }
            struct Day: Encodable {
                let date: String
                let observedRows: Int
                let inSyntheticPlayerSet: Int
                let estimatedLines: Int
                let lineMae: Double?
            }
            struct Field: Encodable {
                let field: String
                let compared: Int
                let agreed: Int
                let rate: Double
            }
            struct Output: Encodable {
                let dates: [Day]
                let observedRows: Int
                let comparedRows: Int
                let playerSetAgreement: Double
                let historyFieldAgreement: Double
                let estimates: [String: Estimate]
                let predictionCost: [Cost]
                let fields: [Field]
            }
            let output = Output(
                dates: report.dates.map {
                    Day(
                        date: $0.date, observedRows: $0.observedRows, inSyntheticPlayerSet: $0.inSyntheticPlayerSet,
                        estimatedLines: $0.estimatedLines,
                        lineMae: $0.estimatedLines == 0
                            ? nil : Rounding.thousandth($0.lineAbsoluteErrorSum / Double($0.estimatedLines)))
                },
                observedRows: report.observedRows, comparedRows: report.comparedRows,
                playerSetAgreement: Rounding.thousandth(report.playerSetAgreement),
                historyFieldAgreement: Rounding.thousandth(report.historyAgreement),
                estimates: [
                    "points_line": Estimate(report.pointsLine), "spread": Estimate(report.spread),
                    "total": Estimate(report.total),
                ],
                predictionCost: report.predictionCost.map {
                    Cost(
                        systemId: $0.systemID, playerGames: $0.playerGames,
                        maeObserved: Rounding.thousandth($0.maeObserved),
                        maeSynthetic: Rounding.thousandth($0.maeSynthetic), cost: Rounding.thousandth($0.cost))
                },
                fields: report.fields.map {
                    .init(field: $0.field, compared: $0.compared, agreed: $0.agreed, rate: Rounding.thousandth($0.rate))
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
            text += TableRenderer.render(estimates(report), as: .table, width: width) + "\n"
            if !report.predictionCost.isEmpty {
                text += TableRenderer.render(cost(report), as: .table, width: width) + "\n"
            }
            return text + TableRenderer.render(fields, as: .table, width: width)
        }
    }

    /// Each estimated field against the real snapshots: n, MAE, bias.
    static func estimates(_ report: FidelityReport) -> QueryResult {
        QueryResult(
            columns: ["estimate", "n", "mae", "bias"],
            rows: [("points_line", report.pointsLine), ("spread", report.spread), ("total", report.total)].map {
                name, errors in
                [
                    .text(name), .integer(Int64(errors.count)),
                    errors.mae.map { .real(Rounding.thousandth($0)) } ?? .null,
                    errors.bias.map { .real(Rounding.thousandth($0)) } ?? .null,
                ]
            })
    }

    /// Per system: MAE with observed and with synthetic context on the same player-games.
    static func cost(_ report: FidelityReport) -> QueryResult {
        QueryResult(
            columns: ["system_id", "player_games", "mae_observed", "mae_synthetic", "cost"],
            rows: report.predictionCost.map {
                [
                    .text($0.systemID), .integer(Int64($0.playerGames)), .real(Rounding.thousandth($0.maeObserved)),
                    .real(Rounding.thousandth($0.maeSynthetic)), .real(Rounding.thousandth($0.cost)),
                ]
            })
    }
}
