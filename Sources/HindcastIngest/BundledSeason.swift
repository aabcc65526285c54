import Foundation
import GRDB
import HindcastCore
import HindcastStore

/// The 2021-22 season shipped inside the project (basketball-reference box scores, schedule,
/// inactive lists and real prop-line snapshots), loaded when a command needs data and the
/// warehouse has none.
///
/// The load is all or nothing: every file is imported in one transaction, so a crash, a kill or a
/// failed file leaves the warehouse as it was, and the next command loads the season again.
/// Warehouses loaded file by file by an older hindcast and interrupted between files hold part of
/// the season: `state` recognises them from the import log.
public enum BundledSeason {
    /// The season's label.
    public static let season = "2021-22"

    /// The files, in import order: schedule before what refers to its games.
    public static let files: [(name: String, kind: ImportKind)] = [
        ("schedule.csv", .schedule), ("games.csv", .games), ("player_boxscores.csv", .boxscores),
        ("inactives.csv", .inactives), ("prop_lines.csv", .propLines),
    ]

    /// How much of the bundled season a warehouse holds.
    public enum State: Equatable, Sendable {
        /// None of its files was imported.
        case absent
        /// Every file was imported.
        case complete
        /// Some files were imported and these were not (a load interrupted between files).
        case partial(missing: [String])
    }

    /// The folder holding the season's CSV files.
    public static var directory: String {
        Bundle.module.resourceURL!.appendingPathComponent("Bundled/\(season)").path
    }

    /// The path of the bundled file `name`.
    static func path(of name: String) -> String {
        (directory as NSString).appendingPathComponent(name)
    }

    /// Imports every bundled file into `warehouse` in one transaction, calling `progress` after
    /// each file (inside the transaction: nothing is committed before the last file is in).
    public static func load(
        into warehouse: Warehouse, progress: (ImportReport) -> Void = { _ in }
    ) throws -> [ImportReport] {
        try load(files.map(\.name), into: warehouse, progress: progress)
    }

    /// Imports the bundled files `names` (in the bundle's order) in one transaction.
    static func load(
        _ names: [String], into warehouse: Warehouse, progress: (ImportReport) -> Void
    ) throws -> [ImportReport] {
        let importer = Importer(warehouse: warehouse)
        return try warehouse.write { db in
            try files.filter { names.contains($0.name) }.map { file in
                let report = try importer.importFile(path(of: file.name), kind: file.kind, in: db)
                progress(report)
                return report
            }
        }
    }

    /// Imports the bundled season when the warehouse has no games; `nil` when it already had some.
    public static func loadIfEmpty(_ warehouse: Warehouse) throws -> [ImportReport]? {
        guard try warehouse.hasNoGames() else { return nil }
        return try load(into: warehouse)
    }

    /// Imports, in one transaction, the bundled files a partly loaded warehouse lacks.
    public static func completePartialLoad(
        _ warehouse: Warehouse, missing: [String], progress: (ImportReport) -> Void = { _ in }
    ) throws -> [ImportReport] {
        try load(missing, into: warehouse, progress: progress)
    }

    /// How much of the bundled season the warehouse holds, from the import log: a bundled file
    /// counts as imported when a logged import has its content fingerprint.
    public static func state(of warehouse: Warehouse) throws -> State {
        let logged = try warehouse.read { db in
            try Set(String.fetchAll(db, sql: "SELECT DISTINCT content_fingerprint FROM import_log"))
        }
        guard !logged.isEmpty else { return .absent }
        let imported = files.map { logged.contains(fingerprints[$0.name] ?? "") }
        if imported.allSatisfy({ $0 }) { return .complete }
        if !imported.contains(true) { return .absent }
        return .partial(missing: zip(files, imported).filter { !$0.1 }.map(\.0.name))
    }

    /// The content fingerprint of each bundled file, as the import log records it.
    static let fingerprints: [String: String] = Dictionary(
        uniqueKeysWithValues: files.map { file in
            var fingerprint = Fingerprint()
            fingerprint.add(bytes: FileManager.default.contents(atPath: path(of: file.name)) ?? Data())
            return (file.name, fingerprint.hex)
        })
}
