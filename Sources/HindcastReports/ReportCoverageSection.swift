import Foundation

/// The report's coverage table: per table, the dates holding rows and the rows by context origin.
enum ReportCoverageSection {
    static func render(_ data: ReportData) -> String {
        let rows = data.tables.map { table -> String in
            let dates = data.coverage[table] ?? [:]
            let total = dates.values.reduce(0) { $0 + $1.rows }
            let observed = dates.values.compactMap(\.observed).reduce(0, +)
            let synthetic = dates.values.compactMap(\.synthetic).reduce(0, +)
            let hasOrigin = dates.values.contains { $0.observed != nil }
            let gameDaysCovered = dates.keys.filter { data.gameDays.contains($0) }.count
            return "<tr><td>\(SVG.escape(table))</td><td>\(gameDaysCovered) / \(data.gameDays.count)</td>"
                + "<td>\(total)</td><td>\(hasOrigin ? "\(observed)" : "-")</td>"
                + "<td>\(hasOrigin ? "\(synthetic)" : "-")</td>"
                + "<td>\(dates.keys.min()?.description ?? "")</td><td>\(dates.keys.max()?.description ?? "")</td></tr>"
        }
        return "<section id=\"coverage\"><h2>Coverage per table</h2><p class=\"note\">Rows per table in the range "
            + "and their context origin (- for tables without one); prop_lines are the observed snapshots.</p>"
            + "<div class=\"scroll\"><table><tr><th>table</th><th>game days with rows</th><th>rows</th>"
            + "<th>observed</th><th>synthetic</th><th>first date</th><th>last date</th></tr>" + rows.joined()
            + "</table></div></section>"
    }
}
