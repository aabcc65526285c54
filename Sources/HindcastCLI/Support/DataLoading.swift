import HindcastIngest
import HindcastStore

/// Loads the bundled season into an empty warehouse and says so.
enum DataLoading {
    /// When `warehouse` has no games, imports the bundled 2021-22 season in one transaction and
    /// prints each file as it goes in; when an older hindcast left it partly loaded, imports the
    /// files it lacks. Ctrl-C during the load lets it finish (or, sent twice, rolls it back) and
    /// then stops with exit 1 before any pipeline step.
    static func ensureData(_ warehouse: Warehouse) throws {
        let interruption = Interruption.install()
        let printReport = { (report: ImportReport) in Console.message("  " + ImportPrinter.describe(report)) }
        let source = "the bundled \(BundledSeason.season) season from \(BundledSeason.directory)"
        if try warehouse.hasNoGames() {
            Console.message("\(warehouse.path) has no games: loading \(source) (one transaction: all of it or nothing)")
            _ = try BundledSeason.load(into: warehouse, progress: printReport)
            Console.message("\(warehouse.path) had no games: loaded \(source)")
        } else if case .partial(let missing) = try BundledSeason.state(of: warehouse) {
            Console.message(
                "\(warehouse.path) holds only part of the bundled \(BundledSeason.season) season (a load interrupted "
                    + "by an older hindcast): loading the missing \(missing.joined(separator: ", "))")
            _ = try BundledSeason.completePartialLoad(warehouse, missing: missing, progress: printReport)
            Console.message("\(warehouse.path): loaded the rest of \(source)")
        } else {
            return
        }
        if interruption.isRequested {
            throw ExitCodes.fail(
                "interrupted: the bundled \(BundledSeason.season) season is loaded and committed, no pipeline step "
                    + "was run; re-running the same command resumes from there", code: ExitCodes.error)
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
