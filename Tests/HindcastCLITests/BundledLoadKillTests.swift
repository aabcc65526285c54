import Foundation
import GRDB
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// The first backfill of an empty warehouse loads the bundled season, then runs the pipeline. The
/// load is one transaction: SIGKILL at any moment leaves either no season or all of it, and
/// re-running the same command ends with every table equal to a run that was never interrupted.
/// (Before, each file was its own transaction: a kill after the box scores left a season without
/// inactives or prop lines that the next backfill took as loaded.)
///
/// One warehouse goes through every kill in turn (each re-run is the resume of the one before and
/// is killed in its turn): after each file of the load, at a random moment of the load, right after
/// its commit, and at random moments of the pipeline; a last re-run finishes. Killed loads are
/// rolled back, so each re-run loads again; chaining keeps the test to about four loads.
@Suite struct BundledLoadKillTests {
    static let arguments = ["backfill", "--start-date", "2021-10-19", "--end-date", "2021-10-21"]

    /// A first backfill that nothing interrupted: its tables, and how long its load and its
    /// pipeline took.
    static let uninterrupted: (tables: [String: [[String]]], load: Double, pipeline: Double) = {
        let directory = TemporaryDirectory()
        let path = directory.file("hindcast.sqlite")
        let command = try! RunningCommand(arguments + ["--db", path], in: directory.path)
        let started = Date()
        command.wait { command.stderr.contains("had no games: loaded the bundled") }
        let load = Date().timeIntervalSince(started)
        command.finish()
        let pipeline = Date().timeIntervalSince(started) - load
        precondition(command.process.terminationStatus == 0, command.stderr)
        return (try! WarehouseContents.of(try! Warehouse.openReadOnly(path: path)), load, pipeline)
    }()

    /// Where a kill lands: after the k-th bundled file is in (its progress line, or its import-log
    /// row, whichever shows first), after the load's commit, or a time after the start.
    enum KillPoint: CustomStringConvertible, Sendable {
        case afterFile(Int)
        case afterLoad
        case after(seconds: Double)

        var description: String {
            switch self {
            case .afterFile(let index): return "after \(BundledSeason.files[index].name)"
            case .afterLoad: return "after the load committed"
            case .after(let seconds): return String(format: "%.2f s after the start", seconds)
            }
        }
    }

    /// The marker each file's progress line carries (ImportPrinter's labels).
    static let fileMarkers = [
        "games (schedule.csv)", "games (games.csv)", "box-score rows", "inactive rows", "line rows",
    ]

    /// The kills in order: one after each file, one at a random moment of the load, one after the
    /// commit, two at random moments of the pipeline (fixed seed, so failures reproduce).
    static let killPoints: [KillPoint] = {
        var generator = SeededGenerator(seed: 20_211_019)
        let inLoad = Double.random(in: 0.2...max(0.3, uninterrupted.load * 0.9), using: &generator)
        let inPipeline = (0..<2).map { _ in
            KillPoint.after(seconds: Double.random(in: 0.1...max(0.2, uninterrupted.pipeline * 0.8), using: &generator))
        }
        return BundledSeason.files.indices.map { .afterFile($0) } + [.after(seconds: inLoad), .afterLoad]
            + inPipeline
    }()

    @Test func killsAtEachFileBoundaryOfTheLoadAndAtRandomMomentsResumeToTheSameTables() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("hindcast.sqlite")
        for point in Self.killPoints {
            let command = try RunningCommand(Self.arguments + ["--db", path], in: directory.path)
            let started = Date()
            let reached = try command.wait {
                switch point {
                case .afterFile(let index):
                    return try command.stderr.contains(Self.fileMarkers[index]) || importedFiles(path) > index
                case .afterLoad:
                    // Or, when the kill before landed just after the commit, as soon as the pipeline starts.
                    return command.stderr.contains("had no games: loaded the bundled")
                        || command.stderr.contains("preflight passed")
                case .after(let seconds):
                    return Date().timeIntervalSince(started) >= seconds
                }
            }
            command.send(SIGKILL)
            command.finish()
            if case .after = point {
                // A random moment may come after a short run has ended; that run resumed, and the next goes on.
            } else {
                #expect(reached, "\(point): the backfill ended before the kill point (\(command.stderr))")
                #expect(command.process.terminationReason == .uncaughtSignal, "\(point): not killed")
            }
            // Never part of the season: either no bundled file is in, or all of them.
            let state = try bundledState(path)
            #expect(state == nil || state == .absent || state == .complete, "\(point): \(String(describing: state))")
        }
        let resumed = try CommandLineRun.hindcast(Self.arguments + ["--db", path], in: directory.path)
        #expect(resumed.exitCode == 0, "\(resumed.stderr)")
        let tables = try WarehouseContents.of(try Warehouse.openReadOnly(path: path))
        for (table, rows) in Self.uninterrupted.tables {
            #expect(tables[table] == rows, "\(table) differs from an uninterrupted run")
        }
    }

    @Test func ctrlCDuringTheLoadLetsItFinishThenStopsWithTheInterruptionMessage() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("hindcast.sqlite")
        let command = try RunningCommand(Self.arguments + ["--db", path], in: directory.path)
        let reached = try command.wait {
            try command.stderr.contains(Self.fileMarkers[0]) || importedFiles(path) > 0
        }
        command.send(SIGINT)
        command.finish()
        #expect(reached)
        #expect(command.process.terminationReason == .exit, "killed by the signal: \(command.stderr)")
        #expect(command.process.terminationStatus == 1, "\(command.stderr)")
        #expect(command.stderr.contains("interrupt received: stopping after the current step"))
        #expect(
            command.stderr.contains(
                "Error: interrupted: the bundled 2021-22 season is loaded and committed, no pipeline step was run; "
                    + "re-running the same command resumes from there"))
        #expect(try bundledState(path) == .complete)
        #expect(try runCount(path) == 0, "no pipeline step may run after the interrupt")
    }

    /// A warehouse an older hindcast left with part of the bundled season (killed after the box
    /// scores were committed, before the inactives and prop lines): `preflight` and `backfill
    /// --dry-run` refuse it with exit 2, and `backfill` loads the missing files first.
    @Test func aPartlyLoadedSeasonIsRefusedByPreflightAndCompletedByBackfill() throws {
        let seeded = try TestWarehouse.season2021()
        try seeded.warehouse.write { db in
            try db.execute(sql: "DELETE FROM inactives")
            try db.execute(sql: "DELETE FROM prop_lines")
            try db.execute(sql: "DELETE FROM import_log WHERE kind IN ('inactives', 'prop-lines', 'prop_lines')")
        }
        #expect(
            try BundledSeason.state(of: seeded.warehouse) == .partial(missing: ["inactives.csv", "prop_lines.csv"]))
        let day = ["--start-date", "2021-10-19", "--end-date", "2021-10-19"]
        let preflight = try CLIFixtures.hindcast(["preflight"] + day, on: seeded)
        #expect(preflight.exitCode == 2, "\(preflight.stderr)")
        #expect(preflight.stderr.contains("raw data incomplete"))
        #expect(preflight.stderr.contains("missing inactives.csv, prop_lines.csv"))
        let dryRun = try CLIFixtures.hindcast(["backfill", "--dry-run"] + day, on: seeded)
        #expect(dryRun.exitCode == 2 && dryRun.stderr.contains("raw data incomplete"), "\(dryRun.stderr)")

        let backfill = try CLIFixtures.hindcast(["backfill"] + day, on: seeded)
        #expect(backfill.exitCode == 0, "\(backfill.stderr)")
        #expect(backfill.stderr.contains("loading the missing inactives.csv, prop_lines.csv"))
        #expect(try BundledSeason.state(of: seeded.warehouse) == .complete)
        let tables = try WarehouseContents.of(seeded.warehouse)
        for table in WarehouseCatalog.tables where table.kind == .raw {
            #expect(tables[table.name] == Self.uninterrupted.tables[table.name], "\(table.name)")
        }
    }

    /// How many import-log rows the warehouse shows (0 when it cannot be read yet).
    func importedFiles(_ path: String) throws -> Int {
        guard let queue = try? readOnlyQueue(path) else { return 0 }
        return (try? queue.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_log") ?? 0 }) ?? 0
    }

    func runCount(_ path: String) throws -> Int {
        try readOnlyQueue(path).read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM processor_run_history")! }
    }

    /// The bundled-season state of the warehouse, `nil` when it has no schema yet.
    func bundledState(_ path: String) throws -> BundledSeason.State? {
        guard FileManager.default.fileExists(atPath: path),
            let warehouse = try? Warehouse.openReadOnly(path: path)
        else { return nil }
        return try BundledSeason.state(of: warehouse)
    }

    func readOnlyQueue(_ path: String) throws -> DatabaseQueue {
        guard FileManager.default.fileExists(atPath: path) else { throw CocoaError(.fileNoSuchFile) }
        var configuration = Configuration()
        configuration.readonly = true
        return try DatabaseQueue(path: path, configuration: configuration)
    }
}

/// A small deterministic random number generator (SplitMix64).
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE5_E9B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
