import Foundation
import GRDB
import HindcastCore
import HindcastStore

/// Imports files into the warehouse. Each file is all-or-nothing: it is read a piece at a time and
/// checked inside one transaction, and any problem rolls the transaction back and names file and line.
public struct Importer: Sendable {
    public let warehouse: Warehouse

    public init(warehouse: Warehouse) {
        self.warehouse = warehouse
    }

    /// Imports one file of the given kind, in a transaction of its own.
    public func importFile(_ path: String, kind: ImportKind) throws -> ImportReport {
        let file = try CSVFile(path: path)
        return try warehouse.write { db in try run(file, kind: kind, db: db) }
    }

    /// Imports one file of the given kind inside the caller's transaction `db` (the bundled season
    /// loads all its files in one): a problem throws, and the caller's transaction rolls back.
    public func importFile(_ path: String, kind: ImportKind, in db: Database) throws -> ImportReport {
        try run(try CSVFile(path: path), kind: kind, db: db)
    }

    private func run(_ file: CSVFile, kind: ImportKind, db: Database) throws -> ImportReport {
        let report: ImportReport
        switch kind {
        case .boxscores: report = try BoxscoreImporter.run(file, db: db)
        case .schedule: report = try ScheduleImporter.run(file, source: .schedule, db: db)
        case .games: report = try ScheduleImporter.run(file, source: .games, db: db)
        case .inactives: report = try InactivesImporter.run(file, db: db)
        case .shotZones: report = try ShotZoneImporter.run(file, db: db)
        case .propLines: report = try PropLineImporter.run(file, db: db)
        case .gameLines: report = try GameLineImporter.run(file, db: db)
        case .injuryReports: report = try InjuryReportImporter.run(file, db: db)
        case .context: report = try ContextImporter.run(file, db: db)
        }
        if report.inserted + report.updated > 0 { try log(report, fingerprint: file.contentFingerprint, db: db) }
        return report
    }

    /// Imports several files of one kind in order, each all-or-nothing, calling `imported` after
    /// each. When one is refused, the files before it stay imported and the error says so and names
    /// the files after it, which were not read.
    public func importFiles(_ paths: [String], kind: ImportKind, imported: (ImportReport) -> Void) throws {
        for (index, path) in paths.enumerated() {
            do {
                imported(try importFile(path, kind: kind))
            } catch let error as IngestError where paths.count > 1 {
                throw error.stoppingBatch(imported: Array(paths[..<index]), notRead: Array(paths[(index + 1)...]))
            }
        }
    }

    private func log(_ report: ImportReport, fingerprint: String, db: Database) throws {
        // The log's AUTOINCREMENT key is left NULL, so SQLite numbers the import.
        try RowInserter(db, ImportLogColumn.self, sink: nil).insert(
            [
                .kind: report.kind.rawValue, .sourceFile: report.file, .contentFingerprint: fingerprint,
                .rowsRead: report.rowsRead, .rowsInserted: report.inserted, .rowsUpdated: report.updated,
                .rowsUnchanged: report.unchanged, .warnings: JSONText.array(report.notes), .importedAt: Timestamp.now(),
            ] as TableRow<ImportLogColumn>)
    }
}
