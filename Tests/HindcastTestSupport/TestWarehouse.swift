import Foundation
import GRDB
import HindcastCLI
import HindcastCore
import HindcastIngest
import HindcastStore

/// Throwaway warehouses for tests. Importing a season takes seconds in a debug build, so each
/// seeded warehouse is imported once per test process into a template file and copied per test.
public enum TestWarehouse {
    /// A new empty warehouse in its own temporary directory.
    public static func empty() throws -> SeededWarehouse {
        let directory = TemporaryDirectory()
        let warehouse = try Warehouse.open(path: directory.file("hindcast.sqlite"))
        return SeededWarehouse(warehouse: warehouse, directory: directory)
    }

    /// A fresh copy of a warehouse holding the bundled 2021-22 season.
    public static func season2021() throws -> SeededWarehouse {
        try copy(
            of: Templates.shared.path(for: "2021-22") { warehouse in
                _ = try BundledSeason.load(into: warehouse)
            })
    }

    /// A fresh copy of the 2021-22 season after `build` has run on it. `build` runs once per test
    /// process for each `name` (the template's key); every call after the first copies the result.
    public static func season2021(after name: String, build: (Warehouse) throws -> Void) throws -> SeededWarehouse {
        let base = try Templates.shared.path(for: "2021-22") { warehouse in
            _ = try BundledSeason.load(into: warehouse)
        }
        return try copy(of: Templates.shared.path(for: "2021-22+\(name)", startingFrom: base, seed: build))
    }

    /// A fresh copy of a warehouse holding 2021-22 and the real 2022-23 files, with the 2022-23 shot
    /// zones from the shared data when they are there (`RepositoryPaths.hasSharedShotZones2022`;
    /// tests that need the zones are enabled only then).
    public static func seasons2021And2022() throws -> SeededWarehouse {
        try copy(
            of: Templates.shared.path(for: "2021-22+2022-23") { warehouse in
                _ = try BundledSeason.load(into: warehouse)
                let importer = Importer(warehouse: warehouse)
                let folder = RepositoryPaths.season2022
                for (name, kind) in [
                    ("schedule.csv", ImportKind.schedule), ("games.csv", .games), ("player_boxscores.csv", .boxscores),
                    ("inactives.csv", .inactives),
                ] {
                    _ = try importer.importFile(folder + "/" + name, kind: kind)
                }
                if RepositoryPaths.hasSharedShotZones2022 {
                    _ = try importer.importFile(RepositoryPaths.sharedShotZones2022, kind: .shotZones)
                }
            })
    }

    /// A fresh copy of a warehouse holding only the real rows of the first NBA Cup final
    /// (`RepositoryPaths.nbaCupFinalFixture`): schedule, games, box scores and inactives.
    public static func nbaCupFinal() throws -> SeededWarehouse {
        try copy(
            of: Templates.shared.path(for: "nba-cup-final") { warehouse in
                let importer = Importer(warehouse: warehouse)
                for (name, kind) in [
                    ("schedule.csv", ImportKind.schedule), ("games.csv", .games), ("player_boxscores.csv", .boxscores),
                    ("inactives.csv", .inactives),
                ] {
                    _ = try importer.importFile(RepositoryPaths.nbaCupFinalFixture + "/" + name, kind: kind)
                }
            })
    }

    static func copy(of template: String) throws -> SeededWarehouse {
        let directory = TemporaryDirectory()
        let path = directory.file("hindcast.sqlite")
        try FileManager.default.copyItem(atPath: template, toPath: path)
        return SeededWarehouse(warehouse: try Warehouse.open(path: path), directory: directory)
    }
}

/// A warehouse and the temporary directory that holds it (removed when released).
public struct SeededWarehouse: @unchecked Sendable {
    public let warehouse: Warehouse
    public let directory: TemporaryDirectory

    /// The warehouse file.
    public var path: String { warehouse.path }
}

/// Template warehouses built once per test process.
final class Templates: @unchecked Sendable {
    static let shared = Templates()
    private let lock = NSLock()
    private var paths: [String: String] = [:]
    private let directory = TemporaryDirectory("hindcast-templates")

    /// The template `name`, built on first use: a copy of `base` (or an empty warehouse) after `seed`.
    func path(for name: String, startingFrom base: String? = nil, seed: (Warehouse) throws -> Void) throws -> String {
        lock.lock()
        defer { lock.unlock() }
        if let path = paths[name] { return path }
        let path = directory.file("\(name).sqlite")
        do {
            if let base { try FileManager.default.copyItem(atPath: base, toPath: path) }
            let warehouse = try Warehouse.open(path: path)
            try seed(warehouse)
            _ = try warehouse.pool.writeWithoutTransaction { db in
                try db.checkpoint(.truncate)
            }
            try warehouse.pool.close()
        } catch {
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            throw error
        }
        paths[name] = path
        return path
    }
}
