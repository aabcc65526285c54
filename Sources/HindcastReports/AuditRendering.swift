import HindcastCore
import HindcastStore

/// Renders an audit report's sections: `dates`, `systems`, `fields`, `players`.
public enum AuditRendering {
    /// The report's sections, in order.
    public static let sections = ["dates", "systems", "fields", "players", "learned"]

    static let titles = [
        "dates": "Synthetic-context predictions per date", "systems": "Per system",
        "fields": "Per synthetic field (player-dates whose context reconstructed it)",
        "players": "Player-dates with synthetic context",
        "learned": "Learned systems: departure from the model's baseline resting on synthetic or estimated inputs",
    ]

    /// `section` is one of `sections`, or `nil` for all; `limit` caps the rows of each section
    /// (tables and JSON say how many there were). JSON gives an object with one array per
    /// section; CSV gives one CSV block per section, separated by a blank line.
    public static func render(
        _ report: AuditReport, as format: ReportFormat, section: String? = nil, limit: Int? = nil,
        width: Int? = TableRenderer.defaultWidth
    ) -> String {
        let chosen = section.map { [$0] } ?? sections
        func result(_ report: AuditReport, _ name: String) -> QueryResult {
            let full = AuditRendering.result(report, name)
            guard let limit, full.rows.count > limit else { return full }
            return QueryResult(columns: full.columns, rows: Array(full.rows.prefix(limit)))
        }
        func total(_ name: String) -> Int { AuditRendering.result(report, name).rows.count }
        switch format {
        case .json:
            var parts = [
                "\"start_date\":\(JSONText.quote(report.start))",
                "\"end_date\":\(JSONText.quote(report.end))",
                "\"predictions\":\(report.predictions)",
                "\"synthetic_context_predictions\":\(report.syntheticPredictions)",
            ]
            for name in chosen {
                let json = TableRenderer.render(result(report, name), as: .json)
                parts.append("\(JSONText.quote(name)):" + json.trimmingCharacters(in: .newlines))
                parts.append("\(JSONText.quote(name + "_total")):\(total(name))")
            }
            return "{" + parts.joined(separator: ",") + "}\n"
        case .csv:
            return chosen.map { TableRenderer.render(result(report, $0), as: .csv) }.joined(separator: "\n")
        case .table:
            guard report.predictions > 0 else {
                return "no predictions \(report.start)..\(report.end): run `hindcast backfill` over the dates first\n"
            }
            let share = Double(report.syntheticPredictions) / Double(report.predictions) * 100
            var text = "\(report.syntheticPredictions) of \(report.predictions) predictions "
            text += "(\(SQLCell.real(Rounding.tenth(share)).text)%) on \(report.start)..\(report.end) "
            text += "rested on synthetic context.\n"
            for name in chosen {
                text +=
                    "\n\(titles[name] ?? name)\n" + TableRenderer.render(result(report, name), as: .table, width: width)
                if let limit, total(name) > limit { text += "(first \(limit) of \(total(name)) rows; --limit)\n" }
            }
            return text
        }
    }

    static func result(_ report: AuditReport, _ section: String) -> QueryResult {
        func int(_ value: Int?) -> SQLCell { value.map { .integer(Int64($0)) } ?? .null }
        func real(_ value: Double?) -> SQLCell { value.map { .real($0) } ?? .null }
        func text(_ value: String?) -> SQLCell { value.map { .text($0) } ?? .null }
        switch section {
        case "dates":
            return QueryResult(
                columns: [
                    "game_date", "players", "synthetic_context_players", "observed_context_players", "predictions",
                    "synthetic_context_predictions",
                ],
                rows: report.dates.map {
                    [
                        .text($0.date), int($0.players), int($0.syntheticPlayers), int($0.observedPlayers),
                        int($0.predictions), int($0.syntheticPredictions),
                    ]
                })
        case "systems":
            return QueryResult(
                columns: [
                    "system_id", "predictions", "synthetic_context_predictions", "mean_confidence_synthetic",
                    "mean_confidence_observed", "mean_synthetic_penalty", "mean_quality_penalty",
                ],
                rows: report.systems.map {
                    [
                        .text($0.system), int($0.predictions), int($0.syntheticPredictions),
                        real($0.syntheticConfidence),
                        real($0.observedConfidence), real($0.syntheticPenalty), real($0.qualityPenalty),
                    ]
                })
        case "fields":
            return QueryResult(
                columns: ["synthetic_field", "player_dates", "predictions"],
                rows: report.fields.map { [.text($0.field), int($0.players), int($0.predictions)] })
        case "learned":
            return QueryResult(
                columns: [
                    "system_id", "predictions", "mean_departure", "mean_synthetic_estimated_share",
                    "weighted_synthetic_estimated_share", "mostly_synthetic_predictions",
                ],
                rows: report.learned.map {
                    [
                        .text($0.system), int($0.predictions), real($0.meanDeparture),
                        real($0.meanSyntheticEstimatedShare), real($0.weightedSyntheticEstimatedShare),
                        int($0.mostlySynthetic),
                    ]
                })
        default:
            return QueryResult(
                columns: [
                    "game_date", "player_lookup", "team_abbr", "opponent_team_abbr", "synthetic_fields",
                    "feature_quality_score", "quality_tier", "synthetic_feature_count", "synthetic_share",
                    "line_source",
                    "systems", "mean_confidence", "mean_synthetic_penalty",
                ],
                rows: report.players.map {
                    [
                        .text($0.date), .text($0.player), text($0.team), text($0.opponent),
                        .text($0.syntheticFields.joined(separator: " ")), real($0.qualityScore), text($0.qualityTier),
                        int($0.syntheticFeatureCount), real($0.syntheticShare), .text($0.lineSource),
                        int($0.systems.count), real($0.confidence), real($0.syntheticPenalty),
                    ]
                })
        }
    }
}
