import Foundation
import HindcastIngest
import HindcastStore

/// Opens a warehouse for commands that only look (`preflight`, `backfill --dry-run`): they must
/// write nothing, yet on an empty or absent warehouse a real backfill would first load the
/// bundled season. Then the plan is made against a throwaway copy holding that season, and the
/// command says so.
final class PlanningStore {
    /// The warehouse to plan against.
    let warehouse: Warehouse
    /// What the command should tell the user about where the plan comes from, if anything.
    let note: String?
    private let scratch: String?

    /// The warehouse behind `options`, or a temporary one with the bundled season when it is
    /// absent or has no games.
    init(_ options: WarehouseOptions) throws {
        let path = options.path
        if FileManager.default.fileExists(atPath: path) {
            let existing = try Warehouse.open(path: path)
            if try !existing.hasNoGames() {
                (warehouse, note, scratch) = (existing, nil, nil)
                return
            }
        }
        let directory = (NSTemporaryDirectory() as NSString).appendingPathComponent(
            "hindcast-plan-\(UUID().uuidString.prefix(12))")
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let temporary = try Warehouse.open(path: (directory as NSString).appendingPathComponent("plan.sqlite"))
        _ = try BundledSeason.load(into: temporary)
        warehouse = temporary
        scratch = directory
        note =
            "\(path) has no games: a backfill would first load the bundled \(BundledSeason.season) season; "
            + "this plan assumes it (nothing was written to \(path))"
    }

    deinit {
        if let scratch { try? FileManager.default.removeItem(atPath: scratch) }
    }
}
