import Foundation
import HindcastTestSupport
import Testing

@testable import HindcastCLI

/// `--out` and `--schema` never overwrite the warehouse, its journal files or any SQLite file;
/// outputs appear whole or not at all; a directory or unwritable path is "cannot write PATH: why".
@Suite struct OutputFileTests {
    func bytes(_ path: String) -> Data? { FileManager.default.contents(atPath: path) }

    @Test func reportExportAndTrainRefuseToWriteOverTheWarehouse() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let before = try #require(bytes(warehouse.path))
        let day = ["--start-date", "2022-01-01", "--end-date", "2022-01-02"]
        let runs = [
            try CLIFixtures.hindcast(["report", "--out", warehouse.path] + day, on: warehouse),
            try CLIFixtures.hindcast(
                ["export", "--table", "player_game_summary", "--out", warehouse.path], on: warehouse),
            try CLIFixtures.hindcast(
                ["export", "--table", "player_game_summary", "--out", "pgs.csv", "--schema", warehouse.path],
                on: warehouse),
            try CLIFixtures.hindcast(["train", "--out", warehouse.path] + day, on: warehouse),
        ]
        for run in runs {
            #expect(run.exitCode == 64, "\(run.stderr)")
            #expect(
                run.stderr.contains("Error: refusing to write \(warehouse.path): it is the warehouse"), "\(run.stderr)")
        }
        #expect(bytes(warehouse.path) == before)
        #expect(!FileManager.default.fileExists(atPath: warehouse.directory.file("pgs.csv")))
    }

    @Test func theWarehouseJournalFilesAndOtherSQLiteFilesAreRefusedToo() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let other = warehouse.directory.file("other.sqlite")
        try FileManager.default.copyItem(atPath: warehouse.path, toPath: other)
        let otherBytes = try #require(bytes(other))
        let export = ["export", "--table", "player_game_summary", "--format", "csv"]
        let wal = try CLIFixtures.hindcast(export + ["--out", warehouse.path + "-wal"], on: warehouse)
        #expect(wal.exitCode == 64)
        #expect(wal.stderr.contains("it is the warehouse's -wal file"), "\(wal.stderr)")
        let shm = try CLIFixtures.hindcast(
            ["report", "--start-date", "2022-01-01", "--end-date", "2022-01-01", "--out", warehouse.path + "-shm"],
            on: warehouse)
        #expect(shm.exitCode == 64)
        let sqlite = try CLIFixtures.hindcast(export + ["--out", "x.csv", "--schema", other], on: warehouse)
        #expect(sqlite.exitCode == 64)
        #expect(sqlite.stderr.contains("refusing to write \(other): it is a SQLite database"), "\(sqlite.stderr)")
        #expect(bytes(other) == otherBytes)
    }

    @Test func aDirectoryOrAnUnwritablePathSaysWhyWithoutCocoaNumbers() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let folder = warehouse.directory.file("reports")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let range = ["--start-date", "2022-01-01", "--end-date", "2022-01-01"]
        let directory = try CLIFixtures.hindcast(["report", "--out", folder] + range, on: warehouse)
        #expect(directory.exitCode == 1)
        #expect(directory.stderr.contains("Error: cannot write \(folder): it is a directory"), "\(directory.stderr)")
        let inFile = try CLIFixtures.hindcast(["report", "--out", warehouse.path + "/r.html"] + range, on: warehouse)
        #expect(inFile.exitCode == 1)
        #expect(
            inFile.stderr.contains(
                "Error: cannot write \(warehouse.path)/r.html: \(warehouse.path) is not a directory"),
            "\(inFile.stderr)")
        #expect(!inFile.stderr.contains("Cocoa") && !directory.stderr.contains("Cocoa"))
    }

    @Test func aFailedExportLeavesNoFileBehind() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        // schedule has no context_origin column: the export stops after the file was opened.
        let run = try CLIFixtures.hindcast(
            ["export", "--table", "schedule", "--origin", "synthetic", "--out", "schedule.csv", "--format", "csv"],
            on: warehouse)
        #expect(run.exitCode == 64)
        #expect(run.stderr.contains("schedule has no context_origin column"))
        let left = try FileManager.default.contentsOfDirectory(atPath: warehouse.directory.path)
        #expect(!left.contains { $0.contains("schedule.csv") }, "\(left)")
    }

    @Test func aPendingFileReplacesTheTargetOnlyWhenCommitted() throws {
        let directory = TemporaryDirectory()
        let target = directory.write("out.txt", "old")
        let pending = try OutputFile.Pending(target)
        try pending.write(Data("new content".utf8))
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        pending.discard()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])

        let second = try OutputFile.Pending(target)
        try second.write(Data("new content".utf8))
        try second.commit()
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "new content")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["out.txt"])
    }
}
