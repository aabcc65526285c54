import Foundation
import HindcastCore
import HindcastStore

/// A backfill plan with its preflight, as `hindcast preflight` and `backfill --dry-run` print it:
/// every day of the range (game day or not) with its raw inputs, expected context by origin and,
/// per requested processor, what happens to the partition; then the upstream history dates, the
/// gaps and the warnings. Dates are listed, never only counted.
public struct PlanReport: Sendable {
    public let plan: BackfillPlan
    public let preflight: PreflightReport
    /// Whether the run would go ahead despite gaps (`--skip-preflight`).
    public let skipPreflight: Bool
    /// Every game day the warehouse knows, so date ranges collapse across days without games.
    public let gameDays: [GameDate]

    public init(plan: BackfillPlan, preflight: PreflightReport, skipPreflight: Bool = false, gameDays: [GameDate] = [])
    {
        self.plan = plan
        self.preflight = preflight
        self.skipPreflight = skipPreflight
        self.gameDays = gameDays
    }

    /// Legend of the grid's words.
    public static let legend =
        "new = never computed, retry = failed or blocked before, stale = version, profile or input changed, "
        + "recheck = re-run only if an input recomputed first changes, redo = --no-resume, keep = complete "
        + "and current, FAIL = would fail (see gaps)"

    /// What happens to a partition: the step's word, `FAIL`, `keep`, or empty when not requested.
    public func action(_ key: PartitionKey) -> String {
        if let step = plan.step(key) {
            return preflight.failing[key] != nil && !skipPreflight ? "FAIL" : step.reason.label
        }
        return plan.states[key] == nil ? "" : "keep"
    }

    /// The report in `format` (csv prints the grid); a table within `width` columns (`nil`:
    /// any width) uses the compact grid.
    public func render(as format: ReportFormat, width: Int? = TableRenderer.defaultWidth) -> String {
        switch format {
        case .json: return json
        case .csv: return TableRenderer.csv(grid)
        case .table: return table(width: width)
        }
    }

    /// Dates × (inputs, context, processors), compact: `box` = games with box scores of those
    /// scheduled, `player` and `team` = context rows observed+synthetic.
    public var compactGrid: QueryResult {
        var rows: [[SQLCell]] = []
        for day in preflight.days {
            let row: [SQLCell] = [.text(day.date.description)]
            guard day.isGameDay else {
                rows.append(row + [.text("-"), .text("no games"), .text("")] + plan.targets.map { _ in .text("") })
                continue
            }
            rows.append(
                row + [
                    .text("\(day.gamesWithBoxScores)/\(day.scheduledGames)"),
                    .text(PlanReport.compact(day.playerContext)), .text(PlanReport.compact(day.teamContext)),
                ] + plan.targets.map { .text(action(PartitionKey($0, day.date))) })
        }
        return QueryResult(
            columns: ["date", "box", "player", "team"] + plan.targets.map(ProcessorAbbreviations.short), rows: rows)
    }

    /// `0+241` (observed + synthetic), `3+5i+233` with imported synthetic rows, `0+rest`.
    static func compact(_ forecast: ContextForecast?) -> String {
        guard let forecast else { return "" }
        var parts = ["\(forecast.observed)"]
        if forecast.importedSynthetic > 0 { parts.append("\(forecast.importedSynthetic)i") }
        parts.append(forecast.synthetic.map(String.init) ?? "rest")
        return parts.joined(separator: "+")
    }

    /// Dates × (inputs, context, processors).
    public var grid: QueryResult {
        var rows: [[SQLCell]] = []
        for day in preflight.days {
            var row: [SQLCell] = [.text(day.date.description)]
            guard day.isGameDay else {
                rows.append(
                    row + [.text("0"), .text("-"), .text("not a game day"), .text("")]
                        + plan.targets.map { _ in .text("") })
                continue
            }
            row.append(.text(String(day.scheduledGames)))
            row.append(.text("\(day.gamesWithBoxScores)/\(day.scheduledGames)"))
            row.append(.text(PlanReport.describe(day.playerContext)))
            row.append(.text(PlanReport.describe(day.teamContext)))
            row += plan.targets.map { .text(action(PartitionKey($0, day.date))) }
            rows.append(row)
        }
        let columns =
            ["date", "games", "box_scores", "player_context", "team_context"]
            + plan.targets.map(ProcessorAbbreviations.short)
        return QueryResult(columns: columns, rows: rows)
    }

    static func describe(_ forecast: ContextForecast?) -> String {
        guard let forecast else { return "" }
        var parts = ["\(forecast.observed) obs"]
        if forecast.importedSynthetic > 0 { parts.append("\(forecast.importedSynthetic) imported syn") }
        parts.append(forecast.synthetic.map { "\($0) syn" } ?? "rest syn")
        return parts.joined(separator: " + ")
    }

    /// Planned upstream steps grouped by processor and action, with their dates as ranges.
    public var upstream: [(processor: String, action: String, dates: [GameDate])] {
        var groups: [(processor: String, action: String, dates: [GameDate])] = []
        var index: [[String]: Int] = [:]
        for step in plan.upstreamSteps {
            let key = [step.processorID, step.reason.label]
            if let position = index[key] {
                groups[position].dates.append(step.date)
            } else {
                index[key] = groups.count
                groups.append((step.processorID, step.reason.label, [step.date]))
            }
        }
        return groups
    }

    /// `2021-10-19..2021-10-24, 2021-10-26`: consecutive days collapsed, every date accounted for.
    public static func ranges(_ dates: [GameDate], calendar: [GameDate]? = nil) -> String {
        let sorted = dates.sorted()
        var parts: [String] = []
        var index = 0
        let position = calendar.map { Dictionary(uniqueKeysWithValues: $0.enumerated().map { ($1, $0) }) }
        func adjacent(_ a: GameDate, _ b: GameDate) -> Bool {
            if let position, let i = position[a], let j = position[b] { return j == i + 1 }
            return b.dayNumber == a.dayNumber + 1
        }
        while index < sorted.count {
            var end = index
            while end + 1 < sorted.count && adjacent(sorted[end], sorted[end + 1]) { end += 1 }
            parts.append(end == index ? "\(sorted[index])" : "\(sorted[index])..\(sorted[end])")
            index = end + 1
        }
        return parts.joined(separator: ", ")
    }
}
