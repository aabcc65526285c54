import Foundation
import HindcastCore

/// The report's run calendar: one cell per day coloured by its run state, laid out as weeks
/// (Monday to Sunday rows), with every state in the legend and the detail in each cell's tooltip.
enum ReportCalendarSection {
    /// Legend order.
    static let states: [RunCalendar.State] = [
        .succeeded, .partlyRun, .skippedEarlySeason, .skipped, .stale, .failed, .noRows, .noGames,
    ]
    static let cellWidth = 46.0
    static let cellHeight = 38.0
    static let top = 20.0

    static func render(_ data: ReportData) -> String {
        let days = data.calendar.days
        guard let first = days.first, let last = days.last else { return "" }
        let firstMonday = WeeklyAccuracy.monday(of: first.date)
        let weeks = last.date.days(since: firstMonday) / 7 + 1
        var marks: [String] = []
        for (index, name) in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].enumerated() {
            marks.append(
                SVG.text(name, x: cellWidth * (Double(index) + 0.5), y: top - 7, anchor: "middle", size: 11))
        }
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        for day in days {
            let offset = day.date.days(since: firstMonday)
            let x = cellWidth * Double(offset % 7)
            let y = top + cellHeight * Double(offset / 7)
            let (_, month, dayOfMonth) = day.date.components
            let color = day.state.color
            marks.append(
                SVG.rect(
                    x: x + 1, y: y + 1, width: cellWidth - 2, height: cellHeight - 2, fill: color,
                    tip: tooltip(day, data: data), stroke: "#ced4da"))
            let dark = [.succeeded, .failed].contains(day.state)
            let label =
                dayOfMonth == 1 || day.date == first.date ? "\(months[month - 1]) \(dayOfMonth)" : "\(dayOfMonth)"
            marks.append(SVG.text(label, x: x + 5, y: y + 14, size: 11, fill: dark ? "#ffffff" : "#212529"))
            if day.observedLines > 0 {
                marks.append(
                    SVG.text(
                        "L", x: x + cellWidth - 6, y: y + cellHeight - 6, anchor: "end", size: 11, weight: "700",
                        fill: dark ? "#ffffff" : "#212529"))
            }
        }
        let svg = SVG.document(
            width: cellWidth * 7, height: top + cellHeight * Double(weeks) + 2,
            label: "Run calendar of \(data.range): one cell per day, coloured by run state, weeks as rows",
            body: marks)
        let counts = data.calendar.counts
        let legend = HTMLReport.legend(
            states.map { state in ("\(state.rawValue) (\(counts[state] ?? 0))", state.color) })
        return "<section id=\"calendar\"><h2>Run calendar</h2>" + legend
            + "<p class=\"note\">L = observed prop lines that day. A day takes its worst partition's state "
            + "(failed, then stale, then skipped); partly run = some processors never ran on it (e.g. the game "
            + "summaries a later date read as history). Hover a day for its partitions and reason, or run "
            + "hindcast status for the grid.</p>" + svg + "</section>"
    }

    static func tooltip(_ day: RunCalendar.Day, data: ReportData) -> String {
        var parts = ["\(day.date): \(day.state.rawValue)"]
        if !day.partitions.isEmpty {
            parts.append(
                day.partitions.sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
                    + " partitions")
        }
        if let reason = day.reason { parts.append(reason) }
        if day.observedLines > 0 { parts.append("\(day.observedLines) observed prop lines") }
        if let context = data.coverage["upcoming_player_game_context"]?[day.date] {
            parts.append(
                "\(context.rows) player context rows (\(context.observed ?? 0) observed, "
                    + "\(context.synthetic ?? 0) synthetic)")
        }
        if let graded = data.coverage["prediction_accuracy"]?[day.date] {
            parts.append("\(graded.rows) graded predictions")
        }
        return parts.joined(separator: "; ")
    }
}
