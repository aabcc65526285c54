import Foundation
import HindcastIngest
import HindcastStore

/// Opens a warehouse for commands that only look (`preflight`, `backfill --dry-run`): they open it
/// read-only and write nothing, yet on a warehouse without games a real backfill would first load
/// the bundled season. Then the plan is made against a throwaway copy holding that season, and the
/// command says so.
final class PlanningStore {
    /// The warehouse to plan against.
    let warehouse: Warehouse
    /// What the command should tell the user about where the plan comes from, if anything.
    let note: String?
    private let scratch: String?

    /// The warehouse behind `options` (read-only), or a temporary one with the bundled season when
    /// it has no games. A missing file is an error when `requireWarehouse` (`preflight`), and is
    /// planned like an empty one otherwise (`backfill --dry-run`: the backfill would create it).
    /// A warehouse holding only part of the bundled season is refused (exit 2): its raw data is
    /// known to be incomplete.
    init(_ options: WarehouseOptions, requireWarehouse: Bool) throws {
        let path = options.path
        if requireWarehouse || FileManager.default.fileExists(atPath: path) {
            let existing = try Warehouse.openReadOnly(path: path)
            if try !existing.hasNoGames() {
                if case .partial(let missing) = try BundledSeason.state(of: existing) {
                    throw ExitCodes.fail(
                        "\(path): raw data incomplete: the bundled \(BundledSeason.season) season was only partly "
                            + "loaded (missing \(missing.joined(separator: ", ")); a load interrupted by an older "
                            + "hindcast); `hindcast backfill` loads the missing files first",
                        code: ExitCodes.preflightRefused)
                }
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
