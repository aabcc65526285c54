import Foundation
import HindcastStore
import HindcastTestSupport
import Testing

/// The commands that only look (`sql`, `status`, `coverage`, `accuracy`, `audit`, `fidelity`,
/// `report`, `export`, `preflight`) open the warehouse read-only: a mistyped `--db` creates nothing,
/// a warehouse the user may not write can be queried, and querying never changes the file.
@Suite struct ReadOnlyCommandTests {
    static let dates = ["--start-date", "2022-01-03", "--end-date", "2022-01-04"]

    /// Every read-only command, writing any output file into `directory`.
    static func commands(in directory: String) -> [[String]] {
        [
            ["sql", "SELECT COUNT(*) FROM nba_raw.schedule"], ["status"], ["coverage"], ["accuracy"],
            ["audit"] + dates, ["fidelity"] + dates,
            ["report"] + dates + ["--out", (directory as NSString).appendingPathComponent("report.html")],
            ["export", "--table", "schedule", "--format", "csv"], ["preflight"] + dates,
        ]
    }

    @Test func aMissingWarehouseIsReportedAndNothingIsCreated() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("typo.sqlite")
        for command in Self.commands(in: directory.path) {
            let run = try CommandLineRun.hindcast(
                [command[0], "--db", path] + command.dropFirst(), in: directory.path)
            #expect(run.exitCode == 1, "\(command[0]): \(run.stderr)")
            #expect(
                run.stderr == "Error: no warehouse at \(path) (run `hindcast backfill` or `import` first)\n",
                "\(command[0]): \(run.stderr)")
            #expect(
                try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty,
                "\(command[0]) created a file")
        }
    }

    @Test func readCommandsLeaveTheWarehouseFileUntouched() throws {
        let seeded = try CLIFixtures.summariesThroughJanuary2()
        let directory = TemporaryDirectory()
        let path = directory.file("hindcast.sqlite")
        try FileManager.default.copyItem(atPath: seeded.path, toPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let modified = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        for command in Self.commands(in: directory.path) {
            let run = try CommandLineRun.hindcast(
                [command[0], "--db", path] + command.dropFirst(), in: directory.path)
            // This warehouse holds no observed context, so `fidelity` says so and exits 1: still a read.
            let expected: Int32 = command[0] == "fidelity" ? 1 : 0
            #expect(run.exitCode == expected, "\(command[0]): \(run.stderr)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == modified)
        let wal = (try? FileManager.default.attributesOfItem(atPath: path + "-wal")[.size] as? Int) ?? 0
        #expect(wal == 0, "a read command wrote \(wal) bytes of WAL")
    }

    @Test(.enabled(if: getuid() != 0, "root writes to read-only files, so the permission cannot be tested"))
    func aWarehouseTheUserMayNotWriteCanBeQueried() throws {
        let seeded = try CLIFixtures.summariesThroughJanuary2()
        let directory = TemporaryDirectory()
        let path = directory.file("hindcast.sqlite")
        try FileManager.default.copyItem(atPath: seeded.path, toPath: path)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: path)
        for command in Self.commands(in: directory.path) {
            let run = try CommandLineRun.hindcast(
                [command[0], "--db", path] + command.dropFirst(), in: directory.path)
            #expect(run.exitCode == 0, "\(command[0]): \(run.stderr)")
        }
    }

    @Test func sqlRefusesTransactionControlInOneLine() throws {
        let seeded = try CLIFixtures.summariesThroughJanuary2()
        for statement in [
            "BEGIN", "begin immediate transaction", "SAVEPOINT s", "RELEASE s", "COMMIT", "END", "ROLLBACK",
            "/* first */ -- then\n BEGIN",
        ] {
            let run = try CLIFixtures.hindcast(["sql", statement], on: seeded)
            #expect(run.exitCode == 1, "\(statement): \(run.exitCode) \(run.stderr)")
            #expect(run.stderr.hasPrefix("Error: hindcast sql runs one read-only statement"), "\(run.stderr)")
            #expect(run.stderr.contains("(transaction control) is not allowed"))
            #expect(run.stderr.split(separator: "\n").count == 1, "\(run.stderr)")
        }
    }

    /// An endless query: rows appear while it runs (nothing waits for the whole result), and
    /// Ctrl-C stops it with a message and exit 1.
    @Test func sqlStreamsRowsAndCtrlCStopsTheQuery() throws {
        let seeded = try CLIFixtures.summariesThroughJanuary2()
        let endless = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT x FROM n"
        let command = try RunningCommand(
            ["sql", "--db", seeded.path, "--format", "csv", endless], in: seeded.directory.path)
        let streamed = command.wait(upTo: 60) { command.stdout.split(separator: "\n").count > 10_000 }
        command.send(SIGINT)
        command.finish()
        #expect(streamed, "no rows before the query ended")
        #expect(command.stdout.hasPrefix("x\n1\n2\n3\n"))
        #expect(command.process.terminationReason == .exit && command.process.terminationStatus == 1)
        #expect(command.stderr.contains("interrupt received: stopping the query"))
        #expect(command.stderr.contains("Error: interrupted: the query was stopped ("), "\(command.stderr)")
    }

    @Test func sqlCtrlCStopsALongQueryThatReturnsNoRowsYet() throws {
        let seeded = try CLIFixtures.summariesThroughJanuary2()
        let long = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT MAX(x) FROM n"
        let command = try RunningCommand(["sql", "--db", seeded.path, long], in: seeded.directory.path)
        usleep(800_000)
        command.send(SIGINT)
        command.finish()
        #expect(command.process.terminationReason == .exit && command.process.terminationStatus == 1)
        #expect(command.stderr.contains("Error: interrupted: the query was stopped (0 rows printed)"))
    }

    @Test func sqlTimeoutStopsALongQuery() throws {
        let seeded = try CLIFixtures.summariesThroughJanuary2()
        let long = "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n) SELECT MAX(x) FROM n"
        let run = try CLIFixtures.hindcast(["sql", "--timeout", "1", long], on: seeded)
        #expect(run.exitCode == 1, "\(run.stderr)")
        #expect(
            run.stderr == "Error: the query ran longer than --timeout 1.0 s and was stopped (0 rows printed)\n")
        let quick = try CLIFixtures.hindcast(["sql", "--timeout", "30", "SELECT 1 AS one"], on: seeded)
        #expect(quick.exitCode == 0 && quick.stdout == "one\n---\n1\n(1 row)\n", "\(quick.stdout)")
    }
}
