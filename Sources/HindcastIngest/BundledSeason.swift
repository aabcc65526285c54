import Foundation
import HindcastStore

/// The 2021-22 season shipped inside the project (basketball-reference box scores, schedule,
/// inactive lists and real prop-line snapshots), loaded when a command needs data and the
/// warehouse has none.
public enum BundledSeason {
    /// The season's label.
    public static let season = "2021-22"

    /// The files, in import order: schedule before what refers to its games.
    public static let files: [(name: String, kind: ImportKind)] = [
        ("schedule.csv", .schedule), ("games.csv", .games), ("player_boxscores.csv", .boxscores),
        ("inactives.csv", .inactives), ("prop_lines.csv", .propLines),
    ]

    /// The folder holding the season's CSV files.
    public static var directory: String {
        Bundle.module.resourceURL!.appendingPathComponent("Bundled/\(season)").path
    }

    /// Imports every bundled file into `warehouse`.
    public static func load(into warehouse: Warehouse) throws -> [ImportReport] {
        let importer = Importer(warehouse: warehouse)
        return try files.map { file in
            try importer.importFile((directory as NSString).appendingPathComponent(file.name), kind: file.kind)
        }
    }

    /// Imports the bundled season when the warehouse has no games; `nil` when it already had some.
    public static func loadIfEmpty(_ warehouse: Warehouse) throws -> [ImportReport]? {
        guard try warehouse.hasNoGames() else { return nil }
        return try load(into: warehouse)
    }
}
