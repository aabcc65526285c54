import Foundation
import HindcastCore
import HindcastStore

extension PlanReport {
    /// The headline: range, profile, verdict.
    public var headline: String {
        let verdict: String
        if preflight.passes {
            verdict = "passes"
        } else if skipPreflight {
            verdict = "\(preflight.gaps.count) gap(s), ignored (--skip-preflight)"
        } else {
            verdict = "REFUSED (\(preflight.gaps.count) gap\(preflight.gaps.count == 1 ? "" : "s"))"
        }
        return "preflight \(preflight.range), profile \(preflight.profileName) (synthesize: "
            + "\(preflight.synthesize ? "yes" : "no"), player set: \(preflight.playerSet)): \(verdict); "
            + "\(plan.steps.count) step\(plan.steps.count == 1 ? "" : "s") to run"
    }

    /// Grid, upstream dates, reasons, gaps and warnings as text, any width.
    public var table: String { table(width: nil) }

    /// Grid, upstream dates, reasons, gaps and warnings as text; within `width` columns the
    /// compact grid and wrapped headline and legends.
    public func table(width: Int?) -> String {
        func wrap(_ text: String, indent: String = "  ") -> [String] {
            width.map { Wrapping.lines(text, width: $0 - 1, indent: indent) } ?? [text]
        }
        var lines = wrap(headline) + [""]
        lines.append(TableRenderer.table(width == nil ? grid : compactGrid).trimmingCharacters(in: .newlines))
        let upstream = upstream
        if !upstream.isEmpty {
            lines.append("")
            lines.append("upstream partitions computed first (the requested steps read them):")
            for group in upstream {
                let days = group.dates.count
                lines.append(
                    "  \(group.action) \(group.processor): \(days) game day\(days == 1 ? "" : "s"): "
                        + PlanReport.ranges(group.dates, calendar: gameDays))
            }
        }
        let explained = plan.steps.filter {
            switch $0.reason {
            case .retry, .stale, .upstreamRecomputed: return true
            default: return false
            }
        }
        if !explained.isEmpty {
            lines.append("")
            lines.append("why these are redone:")
            for step in explained {
                lines.append("  \(step.date) \(step.processorID): \(step.reason.label): \(step.reason.explanation)")
            }
        }
        lines.append("")
        if preflight.gaps.isEmpty {
            lines.append("gaps: none")
        } else {
            lines.append("gaps (real missing inputs):")
            for gap in preflight.gaps {
                let affected = gap.processors.map(ProcessorAbbreviations.short).joined(separator: ", ")
                lines.append("  \(gap.date): \(gap.problem); would fail or write nothing: \(affected)")
            }
            if !skipPreflight { lines.append(preflight.refusal) }
        }
        for warning in preflight.warnings { lines.append("warning: \(warning)") }
        if width != nil {
            lines += wrap(
                "columns: box = scheduled games with box scores; player, team = context rows observed+synthetic "
                    + "(with i: imported synthetic); --wide spells them out")
        }
        lines += wrap("legend: \(PlanReport.legend)", indent: "        ")
        lines += wrap("        \(ProcessorAbbreviations.legend(plan.targets))", indent: "        ")
        return lines.joined(separator: "\n") + "\n"
    }

    /// The same content as JSON, stable for tools.
    public var json: String {
        let document = Document(
            range: Document.Range(start: preflight.range.start, end: preflight.range.end),
            profile: preflight.profileName, synthesize: preflight.synthesize, playerSet: preflight.playerSet,
            passes: preflight.passes, skipPreflight: skipPreflight,
            days: preflight.days.map { day in
                Document.Day(
                    date: day.date, gameDay: day.isGameDay, scheduledGames: day.scheduledGames,
                    gamesWithBoxScores: day.gamesWithBoxScores, playerContext: day.playerContext,
                    teamContext: day.teamContext,
                    partitions: day.isGameDay
                        ? Dictionary(
                            uniqueKeysWithValues: plan.targets.map { ($0, action(PartitionKey($0, day.date))) })
                        : [:])
            },
            steps: plan.steps.map { step in
                let key = PartitionKey(step.processorID, step.date)
                return Document.Step(
                    processor: step.processorID, date: step.date, action: step.reason.label,
                    reason: step.reason.explanation, requested: plan.requested.contains(key),
                    wouldFail: preflight.failing[key])
            },
            gaps: preflight.gaps, warnings: preflight.warnings)
        return JSONOutput.line(document)
    }

    struct Document: Encodable {
        struct Range: Encodable {
            let start: GameDate
            let end: GameDate
        }
        struct Day: Encodable {
            let date: GameDate
            let gameDay: Bool
            let scheduledGames: Int
            let gamesWithBoxScores: Int
            let playerContext: ContextForecast?
            let teamContext: ContextForecast?
            let partitions: [String: String]

            enum CodingKeys: String, CodingKey {
                case date, partitions
                case gameDay = "game_day"
                case scheduledGames = "scheduled_games"
                case gamesWithBoxScores = "games_with_box_scores"
                case playerContext = "player_context"
                case teamContext = "team_context"
            }
        }
        struct Step: Encodable {
            let processor: String
            let date: GameDate
            let action: String
            let reason: String
            let requested: Bool
            let wouldFail: String?

            enum CodingKeys: String, CodingKey {
                case processor, date, action, reason, requested
                case wouldFail = "would_fail"
            }
        }
        let range: Range
        let profile: String
        let synthesize: Bool
        let playerSet: String
        let passes: Bool
        let skipPreflight: Bool
        let days: [Day]
        let steps: [Step]
        let gaps: [PreflightGap]
        let warnings: [String]

        enum CodingKeys: String, CodingKey {
            case range, profile, synthesize, passes, days, steps, gaps, warnings
            case playerSet = "player_set"
            case skipPreflight = "skip_preflight"
        }
    }
}
