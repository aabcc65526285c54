import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// `hindcast backfill` killed with SIGKILL in the middle of a run: every committed partition
/// survives, no partition is half written, and a re-run resumes to the same tables as a run that
/// was never interrupted. Also runs the reference's Phase 4 coverage query on the result.
@Suite struct KillResumeTests {
    static let range = ["--start-date", "2022-01-03", "--end-date", "2022-01-06"]

    /// The uninterrupted run both tests compare with.
    static let uninterrupted: CLIWarehouse = {
        let warehouse = try! CLIFixtures.summariesThroughJanuary2()
        let run = try! CLIFixtures.hindcast(["backfill"] + range, on: warehouse)
        precondition(run.exitCode == 0, run.stderr)
        return warehouse
    }()

    /// Starts `hindcast backfill` and kills it once `committed` runs are in the history.
    func killMidway(_ warehouse: CLIWarehouse, after committed: Int) throws -> Int {
        let process = Process()
        process.executableURL = CommandLineRun.executable
        process.arguments = ["backfill", "--db", warehouse.path] + Self.range
        process.currentDirectoryURL = URL(fileURLWithPath: warehouse.directory.path)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        let baseline = try count(warehouse)
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while try count(warehouse) < baseline + committed && process.isRunning && Date() < deadline {
            usleep(20_000)
        }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal, "the backfill finished before it could be killed")
        return try count(warehouse) - baseline
    }

    func count(_ warehouse: CLIWarehouse) throws -> Int {
        try warehouse.warehouse.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM processor_run_history")! }
    }

    @Test func aKilledBackfillKeepsWholePartitionsAndResumesToTheSameTables() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let committed = try killMidway(warehouse, after: 20)
        #expect(committed >= 20 && committed < 48)
        // Every partition holding rows was written by a recorded successful run, with all its rows.
        try warehouse.warehouse.read { db in
            for table in WarehouseCatalog.tables where table.kind == .pipeline {
                let column = table.dateColumn!
                for row in try Row.fetchAll(
                    db, sql: "SELECT \(column), COUNT(*), MIN(run_id), MAX(run_id) FROM \(table.name) GROUP BY 1")
                {
                    let runID: String = row[2]
                    #expect(runID == row[3] as String, "\(table.name) \(row[0] as String) mixes runs")
                    let created = try Int.fetchOne(
                        db,
                        sql:
                            "SELECT records_created FROM processor_run_history WHERE run_id = ? AND status = 'success'",
                        arguments: [runID])
                    #expect(created == row[1] as Int, "\(table.name) \(row[0] as String) is not whole")
                }
            }
        }
        let resumed = try CLIFixtures.hindcast(["backfill"] + Self.range, on: warehouse)
        #expect(resumed.exitCode == 0, "\(resumed.stderr)")
        #expect(resumed.stderr.contains("\(48 - committed) steps"))
        #expect(
            try CLIFixtures.pipelineTables(warehouse.warehouse)
                == CLIFixtures.pipelineTables(Self.uninterrupted.warehouse))
    }

    @Test func aTerminateSignalStopsAfterTheCurrentStepAndSaysHowToResume() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let process = Process()
        process.executableURL = CommandLineRun.executable
        process.arguments = [
            "backfill", "--db", warehouse.path, "--start-date", "2022-01-03", "--end-date", "2022-01-04",
        ]
        process.currentDirectoryURL = URL(fileURLWithPath: warehouse.directory.path)
        let (out, err) = (Pipe(), Pipe())
        process.standardOutput = out
        process.standardError = err
        let baseline = try count(warehouse)
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while try count(warehouse) < baseline + 3 && process.isRunning && Date() < deadline { usleep(20_000) }
        kill(process.processIdentifier, SIGTERM)
        let stdout = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationReason == .exit && process.terminationStatus == 1, "\(stderr)")
        #expect(stderr.contains("terminate received: stopping after the current step"))
        #expect(
            stderr.contains("steps not run; every finished step is committed, and re-running the same command resumes"))
        #expect(stdout.contains("stopped: "))
        let recorded = try count(warehouse) - baseline
        #expect(recorded < 24 && stdout.contains("stopped: \(recorded) succeeded"))
    }

    @Test func theReferencePhase4CoverageQueryRunsUnchanged() throws {
        let query = ReferenceQueries.phase4CoverageFirstWeekOfJanuary
        let run = try CLIFixtures.hindcast(["sql", "--format", "csv", query], on: Self.uninterrupted)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(run.stdout == "tbl,COUNT(DISTINCT analysis_date)\nTDZA,4\nPSZA,4\nPCF,4\nPDC,4\n")
    }
}
