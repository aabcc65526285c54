import Foundation
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// One hindcast writes to a warehouse at a time: a second writer (backfill, import, train, context
/// fill) is refused at once with "warehouse is busy: another hindcast is writing (pid N)" and exit
/// 1, never a raw SQLite error; the lock goes with the process, even when it is killed.
@Suite struct TwoWriterTests {
    static let dates = ["--start-date", "2021-10-19", "--end-date", "2021-10-21"]

    @Test func twoBackfillsStartedAtOnceOnANewWarehouse() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("hindcast.sqlite")
        let first = try RunningCommand(["backfill", "--db", path] + Self.dates, in: directory.path)
        let second = try RunningCommand(["backfill", "--db", path] + Self.dates, in: directory.path)
        // One is refused at once; the other goes on (and is killed here: the kill tests cover the rest).
        let oneEnded = first.wait(upTo: 120) { !first.process.isRunning || !second.process.isRunning }
        #expect(oneEnded)
        let (loser, winner) = first.process.isRunning ? (second, first) : (first, second)
        loser.finish()
        #expect(winner.process.isRunning, "both ended: \(first.stderr)\n---\n\(second.stderr)")
        winner.send(SIGKILL)
        winner.finish()
        #expect(loser.process.terminationStatus == 1)
        #expect(
            loser.stderr
                == "Error: warehouse is busy: another hindcast is writing (pid \(winner.pid)) to \(path); retry when it has finished\n"
        )
        #expect(!loser.stderr.contains("SQLite error"))
    }

    @Test func aSecondWriterIsRefusedWhileTheFirstRunsAndAdmittedOnceItIsKilled() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("hindcast.sqlite")
        let lockPath = WarehouseLock.lockPath(for: path)
        let first = try RunningCommand(["backfill", "--db", path] + Self.dates, in: directory.path)
        let locked = first.wait {
            (try? String(contentsOfFile: lockPath, encoding: .utf8)) == "\(first.pid)\n"
        }
        #expect(locked, "the lock file never named the writer: \(first.stderr)")
        let schedule = (BundledSeason.directory as NSString).appendingPathComponent("schedule.csv")
        let writers: [[String]] = [
            ["backfill", "--db", path] + Self.dates,
            ["import", "--db", path, "schedule", schedule],
            ["train", "--db", path] + Self.dates + ["--out", directory.file("model.json")],
            ["context", "fill", "--db", path] + Self.dates,
        ]
        for arguments in writers {
            let run = try CommandLineRun.hindcast(arguments, in: directory.path)
            #expect(run.exitCode == 1, "\(arguments[0]): \(run.stderr)")
            #expect(
                run.stderr.contains("warehouse is busy: another hindcast is writing (pid \(first.pid))"),
                "\(arguments[0]): \(run.stderr)")
            #expect(run.stderr.split(separator: "\n").count == 1, "\(arguments[0]): \(run.stderr)")
        }
        #expect(!FileManager.default.fileExists(atPath: directory.file("model.json")))
        first.send(SIGKILL)
        first.finish()
        // The kernel released the lock with the process: the next writer goes ahead.
        let after = try CommandLineRun.hindcast(["import", "--db", path, "schedule", schedule], in: directory.path)
        #expect(after.exitCode == 0, "\(after.stderr)")
    }
}
