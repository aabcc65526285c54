import Foundation
import HindcastContext

/// The report's fidelity section: on the dates with observed context, how closely synthesis
/// reproduces it (`FidelityReport`): player-set and history agreement, estimated-line error, and
/// agreement per field.
enum ReportFidelitySection {
    static func render(_ data: ReportData, profile: String?) -> String {
        let heading = "<section id=\"fidelity\"><h2>Fidelity of synthesis</h2>"
        guard let fidelity = data.fidelity, fidelity.observedRows > 0 else {
            let why =
                profile == nil
                ? "fidelity was not measured for this report."
                : "no observed player context rows in \(data.range), so synthesis cannot be checked against "
                    + "observed context here (it needs dates with pre-game snapshots)."
            return heading + "<p class=\"note\">Not measured: \(SVG.escape(why))</p></section>"
        }
        let summary: [(String, String)] = [
            ("dates with observed context", "\(fidelity.dates.count)"),
            ("observed player rows", "\(fidelity.observedRows)"),
            (
                "player-set agreement",
                "\(HTMLReport.percent(fidelity.playerSetAgreement)) (\(fidelity.comparedRows) of "
                    + "\(fidelity.observedRows) observed players also in the synthetic set)"
            ),
            ("history-derived fields agreeing", HTMLReport.percent(fidelity.historyAgreement)),
            ("lines estimated for observed-line rows", "\(fidelity.estimatedLines)"),
            (
                "estimated line error (MAE vs observed line)",
                fidelity.lineMAE.map { "\(HTMLReport.format($0)) points" } ?? "no line estimated"
            ),
        ]
        let summaryRows = summary.map {
            "<tr><td>\(SVG.escape($0.0))</td><td class=\"t\">\(SVG.escape($0.1))</td></tr>"
        }
        let disagreeing = fidelity.fields.filter { $0.agreed < $0.compared }.map(\.field)
        let fieldRows = fidelity.fields.map { field in
            "<tr><td>\(SVG.escape(field.field))</td><td>\(field.compared)</td><td>\(field.agreed)</td>"
                + "<td>\(HTMLReport.percent(field.rate))</td></tr>"
        }
        return heading
            + "<p class=\"note\">On the dates with observed context the observed rows were hidden and regenerated "
            + "synthetically (profile \(SVG.escape(profile ?? "?"))), then compared on the same players "
            + "(hindcast fidelity prints the same figures).</p>"
            + "<div class=\"scroll\"><table><tr><th>figure</th><th class=\"t\">value</th></tr>" + summaryRows.joined()
            + "</table></div><h3>Agreement per history-derived field</h3><p>"
            + (disagreeing.isEmpty
                ? "All \(fidelity.fields.count) fields agree on every compared row."
                : "\(disagreeing.count) of \(fidelity.fields.count) fields disagree on some rows: "
                    + SVG.escape(disagreeing.joined(separator: ", ")) + ".")
            + "</p><details><summary>Every field</summary>"
            + "<div class=\"scroll\"><table><tr><th>field</th><th>compared</th><th>agreed</th><th>rate</th></tr>"
            + fieldRows.joined() + "</table></div></details></section>"
    }
}
