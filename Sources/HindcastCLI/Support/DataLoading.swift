import HindcastIngest
import HindcastStore

/// Loads the bundled season into an empty warehouse and says so.
enum DataLoading {
    /// When `warehouse` has no games, imports the bundled 2021-22 season and prints what it loaded.
    static func ensureData(_ warehouse: Warehouse) throws {
        guard let reports = try BundledSeason.loadIfEmpty(warehouse) else { return }
        Console.message(
            "\(warehouse.path) had no games: loaded the bundled \(BundledSeason.season) season from \(BundledSeason.directory)"
        )
        for report in reports {
            Console.message("  " + ImportPrinter.describe(report))
        }
    }
}

/// Turns import reports into the lines `import` and `backfill` print.
enum ImportPrinter {
    static func describe(_ report: ImportReport) -> String {
        let label: String
        switch report.kind {
        case .boxscores: label = "box-score rows"
        case .games: label = "games (games.csv)"
        case .schedule: label = "games (schedule.csv)"
        case .inactives: label = "inactive rows"
        case .propLines: label = "line rows"
        case .shotZones: label = "shot-zone rows"
        case .gameLines: label = "game-line rows"
        case .injuryReports: label = "injury-report rows"
        case .context: label = "context rows"
        }
        var text = "\(ImportReport.grouped(report.rowsRead)) \(label)"
        text += " (\(ImportReport.grouped(report.inserted)) new, \(ImportReport.grouped(report.updated)) updated, "
        text += "\(ImportReport.grouped(report.unchanged)) unchanged)"
        if !report.matches.isEmpty {
            let matched = ["boxscore", "inactive", "registry"].reduce(0) { $0 + (report.matches[$1] ?? 0) }
            let parts = MatchStatus.allCases.compactMap { status -> String? in
                guard let count = report.matches[status.rawValue], count > 0 else { return nil }
                return "\(ImportReport.grouped(count)) \(Self.phrase(status))"
            }
            text += "; \(ImportReport.grouped(matched)) matched a player: \(parts.joined(separator: ", "))"
        }
        if !report.unmatchedNames.isEmpty {
            let names = report.unmatchedNames.keys.sorted().map { "\($0) (\(report.unmatchedNames[$0]!))" }
            text += "; unmatched: \(names.joined(separator: ", "))"
        }
        for note in report.notes { text += "; \(note)" }
        return text
    }

    static func phrase(_ status: MatchStatus) -> String {
        switch status {
        case .boxscore: return "on the date's box score"
        case .inactive: return "on the date's inactive list"
        case .registry: return "known but not listed that date"
        case .ambiguous: return "ambiguous"
        case .unmatched: return "unmatched"
        }
    }
}
