import Foundation
import HindcastCore

/// `hindcast report`: one self-contained HTML file (inline CSS and SVG drawn here; no scripts,
/// fonts, images or links fetched from anywhere) that reads on a phone (390 px) and a desktop
/// (1400 px): a header saying when, from what and by which runs it was made; a caveat on comparing
/// context origins; the run calendar; accuracy by system beside the season-average and line
/// baselines; accuracy over time; the fidelity of synthesis; feature quality by origin; and coverage
/// per table. The markup is also well-formed XML, so tools can parse it.
public enum HTMLReport {
    static let origins = ["observed", "synthetic", "none"]

    /// The section ids, in page order.
    public static let sectionIDs = [
        "runs", "caveat", "calendar", "accuracy", "accuracy-over-time", "fidelity", "quality", "coverage",
    ]

    /// The report's HTML text.
    public static func render(_ data: ReportData, header: ReportHeader) -> String {
        let title = "Hindcast report \(data.range)"
        let body: [String] = [
            "<h1>Hindcast report <span class=\"nowrap\">\(data.range)</span></h1>",
            headerSection(data, header: header),
            caveatSection(data),
            ReportCalendarSection.render(data),
            ReportAccuracySection.render(data),
            ReportTrendSection.render(data),
            ReportFidelitySection.render(data, profile: header.fidelityProfile),
            ReportQualitySection.render(data),
            ReportCoverageSection.render(data),
        ]
        return """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"/>
            <meta name="viewport" content="width=device-width, initial-scale=1"/>
            <title>\(SVG.escape(title))</title>
            <style>\(css)</style></head>
            <body>\(body.joined(separator: "\n"))</body></html>

            """
    }

    static let css = """
        *{box-sizing:border-box}
        body{font-family:system-ui,-apple-system,Segoe UI,Helvetica,Arial,sans-serif;margin:0 auto;padding:16px;
        max-width:1120px;color:#212529;line-height:1.45;font-size:15px}
        h1{font-size:22px;margin:0 0 10px}
        h2{font-size:18px;margin:30px 0 8px;padding-bottom:4px;border-bottom:1px solid #dee2e6}
        h3{font-size:15px;margin:16px 0 4px}
        p{margin:6px 0;max-width:75ch}
        dl.meta{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:2px 12px;margin:0 0 10px}
        dl.meta dt{color:#495057}dl.meta dd{margin:0;overflow-wrap:anywhere}
        .scroll{overflow-x:auto;max-width:100%;margin-top:8px}
        table{border-collapse:collapse;font-size:13px}
        td,th{border:1px solid #dee2e6;padding:3px 8px;text-align:right;white-space:nowrap}
        th{background:#f8f9fa}td:first-child,th:first-child,td.t,th.t{text-align:left}.nowrap{white-space:nowrap}
        details{margin-top:8px}summary{cursor:pointer;color:#1c7ed6}
        svg.chart{display:block;max-width:100%;height:auto;margin-top:6px}
        .legend{display:flex;flex-wrap:wrap;gap:4px 16px;font-size:13px;margin:6px 0}
        .swatch{display:inline-block;width:12px;height:12px;margin-right:5px;vertical-align:-1px;border:1px solid #adb5bd}
        .dash{display:inline-block;width:18px;margin-right:5px;vertical-align:3px;border-top:2px dashed}
        .caveat{background:#fff9db;border-left:4px solid #f59f00;padding:8px 12px;max-width:none}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(100%,440px),1fr));gap:8px 32px}
        .note{color:#495057;font-size:13px}.empty{color:#c92a2a}
        """

    static func headerSection(_ data: ReportData, header: ReportHeader) -> String {
        let profiles = Array(Set(data.runs.compactMap(\.profile))).sorted()
        let items: [(String, String)] = [
            ("Made", header.generatedUTC),
            ("Warehouse", header.source),
            ("Hindcast", "version \(header.version)"),
            ("Runs' profile", profiles.isEmpty ? "no runs recorded in the range" : profiles.joined(separator: ", ")),
            ("Fidelity profile", header.fidelityProfile ?? "fidelity not measured"),
            (
                "Range",
                "\(data.range): \(data.gameDays.count) game days of \(data.days.count) calendar days"
            ),
        ]
        let meta =
            "<dl class=\"meta\">"
            + items.map { "<dt>\(SVG.escape($0.0))</dt><dd>\(SVG.escape($0.1))</dd>" }.joined() + "</dl>"
        guard !data.runs.isEmpty else {
            return meta
                + "<section id=\"runs\"><h2>Runs covered</h2><p class=\"empty\">No run of any processor is recorded "
                + "for \(data.range): run hindcast backfill first.</p></section>"
        }
        let rows = data.runs.map { run in
            "<tr><td>\(SVG.escape(run.invocationID))</td><td>\(SVG.escape(run.startedAt))</td>"
                + "<td>\(SVG.escape(run.finishedAt ?? ""))</td><td class=\"t\">\(SVG.escape(run.profile ?? "-"))</td>"
                + "<td>\(run.partitions)</td><td>\(run.current)</td><td>\(run.failed)</td></tr>"
        }
        return meta
            + "<section id=\"runs\"><h2>Runs covered</h2><p class=\"note\">Every invocation that ran a partition "
            + "dated in the range; its partitions' run ids are INVOCATION-NNNNN (see hindcast status). "
            + "\"Newest\" counts the partitions whose latest run it is.</p>"
            + "<div class=\"scroll\"><table><tr><th>invocation (run id prefix)</th><th>started (UTC)</th>"
            + "<th>finished (UTC)</th><th class=\"t\">profile</th><th>partitions</th><th>newest</th><th>failed</th></tr>"
            + rows.joined() + "</table></div></section>"
    }

    static func caveatSection(_ data: ReportData) -> String {
        let observedDates = (data.coverage["upcoming_player_game_context"] ?? [:]).filter {
            ($0.value.observed ?? 0) > 0
        }.count
        return "<section id=\"caveat\"><p class=\"caveat\"><strong>Read origins apart.</strong> Observed and "
            + "synthetic accuracy come from different players and dates: observed context exists only where "
            + "pre-game snapshots were taken (\(observedDates) date\(observedDates == 1 ? "" : "s") in this range), "
            + "synthetic context is reconstructed after the fact from data knowable before each game for the rest. "
            + "A gap between the two is not the cost of synthesis; compare systems within one origin, against the "
            + "baselines on the same rows, and see the fidelity section for synthesis measured on the same players."
            + "</p></section>"
    }

    /// A legend row of coloured squares.
    static func legend(_ entries: [(label: String, color: String)]) -> String {
        "<div class=\"legend\">"
            + entries.map {
                "<span><span class=\"swatch\" style=\"background:\($0.color)\"></span>\(SVG.escape($0.label))</span>"
            }.joined() + "</div>"
    }

    /// A display name for a system id (the baselines get words).
    static func systemName(_ system: String) -> String {
        switch system {
        case AccuracyReport.seasonAverageBaseline: return "season average (baseline)"
        case AccuracyReport.lineBaseline: return "the line (baseline)"
        default: return system
        }
    }

    static func format(_ value: Double) -> String { String(format: "%.2f", value) }

    static func percent(_ value: Double) -> String { String(format: "%.1f%%", value * 100) }
}
