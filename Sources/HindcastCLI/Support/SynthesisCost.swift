import Foundation
import GRDB
import HindcastContext
import HindcastCore
import HindcastStore

/// The cost of synthesis (`hindcast fidelity`): on the player-games whose context holds an observed
/// snapshot, each system's error when it predicts from that observed context, and when it predicts
/// from context regenerated without any of the date's snapshots (every row synthetic, with the
/// profile's estimates; earlier snapshots still train the estimators). The synthetic side runs on a
/// scratch copy of the warehouse in a temporary folder, deleted afterwards: the warehouse itself is
/// only read.
enum SynthesisCost {
    /// What the synthetic side recomputes for each date: context, then everything that reads it.
    static let recomputed = [
        "upcoming_player_game_context", "upcoming_team_game_context", "player_composite_factors",
        "player_daily_cache", "ml_feature_store", "player_prop_predictions",
    ]

    /// Per system (sorted by id); empty when no date of `dates` has predictions on observed context.
    static func measure(
        _ store: some DatabaseReader, dates: [GameDate], profile: Profile
    ) throws -> [FidelityReport.SystemCost] {
        let observed = try store.read { db in try predictions(db, dates: dates, observedOnly: true) }
        guard !observed.isEmpty else { return [] }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "hindcast-fidelity-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("scratch.sqlite").path
        do {
            let copy = try DatabaseQueue(path: path)
            try store.backup(to: copy)
            try copy.close()
        }
        let scratch = try Warehouse.open(path: path)
        var hidden = profile
        hidden.context.hideSnapshots = true
        hidden.context.synthesize = true
        let graph = try Pipeline.graph(for: hidden)
        let calendar = try scratch.read { db in try GameCalendar.load(db) }
        let observedDates = Array(Set(observed.keys.map(\.date))).sorted()
        let plan = try scratch.read { db in
            try Planner(graph: graph, calendar: calendar).plan(
                db, targets: recomputed, dates: observedDates, resume: false, profile: hidden)
        }
        let runner = Runner(
            warehouse: scratch, graph: graph, profile: hidden, calendar: calendar, triggeredBy: "fidelity")
        let report = try runner.run(plan.steps)
        if let failure = report.failed.first {
            throw ExitCodes.fail(
                "fidelity: regenerating synthetic context failed on the scratch copy: \(failure.step.processorID) "
                    + "\(failure.step.date): \(failure.message ?? "")",
                code: ExitCodes.error)
        }
        let synthetic = try scratch.read { db in try predictions(db, dates: observedDates, observedOnly: false) }
        var sums: [String: (games: Int, observed: Double, synthetic: Double)] = [:]
        for (key, value) in observed {
            guard let other = synthetic[key] else { continue }
            var entry = sums[key.system] ?? (0, 0, 0)
            entry.games += 1
            entry.observed += abs(value.predicted - value.actual)
            entry.synthetic += abs(other.predicted - other.actual)
            sums[key.system] = entry
        }
        return sums.keys.sorted().map { system in
            let entry = sums[system]!
            return FidelityReport.SystemCost(
                systemID: system, playerGames: entry.games, maeObserved: entry.observed / Double(entry.games),
                maeSynthetic: entry.synthetic / Double(entry.games))
        }
    }

    struct Key: Hashable {
        let system: String
        let player: String
        let date: GameDate
    }

    /// Predicted and actual points of played player-games on `dates`; with `observedOnly`, only those
    /// whose context row holds an observed snapshot (an observed row, or an observed spread or total).
    static func predictions(
        _ db: Database, dates: [GameDate], observedOnly: Bool
    ) throws -> [Key: (predicted: Double, actual: Double)] {
        var result: [Key: (predicted: Double, actual: Double)] = [:]
        let observed =
            observedOnly
            ? """
            AND EXISTS (SELECT 1 FROM upcoming_player_game_context c WHERE c.game_date = p.game_date
                AND c.player_lookup = p.player_lookup
                AND (c.context_origin = 'observed' OR c.game_spread IS NOT NULL OR c.game_total IS NOT NULL))
            """ : ""
        for date in dates {
            for row in try Row.fetchAll(
                db,
                sql: """
                    SELECT p.system_id AS system_id, p.player_lookup AS player_lookup,
                        p.predicted_points AS predicted_points, s.points AS points
                    FROM player_prop_predictions p
                    JOIN player_game_summary s ON s.game_date = p.game_date AND s.player_lookup = p.player_lookup
                    WHERE p.game_date = ? AND s.is_dnp = 0 AND s.points IS NOT NULL \(observed)
                    """, arguments: [date.description])
            {
                let points: Int = row["points"]
                result[Key(system: row["system_id"], player: row["player_lookup"], date: date)] = (
                    row["predicted_points"], Double(points)
                )
            }
        }
        return result
    }
}
