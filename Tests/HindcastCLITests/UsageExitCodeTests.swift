import Foundation
import HindcastTestSupport
import Testing

/// Every usage mistake exits 64 with a one-line reason, before any warehouse is opened or created:
/// unknown processor, profile, table, section, origin, format and date.
@Suite struct UsageExitCodeTests {
    static let day = ["--start-date", "2022-01-03", "--end-date", "2022-01-03"]

    static let mistakes: [(arguments: [String], message: String)] = [
        (["backfill", "--processors", "player_game_sumary"] + day, "unknown processor player_game_sumary"),
        (["backfill", "--select", "PCFF+"] + day, "unknown processor PCFF in --select/--exclude PCFF+"),
        (["preflight", "--exclude", "+nope"] + day, "unknown processor nope"),
        (["status", "--select", "XYZ"], "unknown processor XYZ"),
        (
            ["backfill", "--profile", "observed-onyl"] + day,
            "unknown profile observed-onyl: searched profiles/observed-onyl.json"
        ),
        (["status", "--profile", "nope"], "unknown profile nope"),
        (["fidelity", "--profile", "nope"] + day, "unknown profile nope"),
        (["profile", "show", "nope"], "unknown profile nope"),
        (["export", "--table", "player_game_summry"], "unknown table player_game_summry"),
        (["export", "--table", "nba_raw.player_game_summary"], "unknown table nba_raw.player_game_summary"),
        (
            ["export", "--table", "schedule", "--origin", "guessed"],
            "The value 'guessed' is invalid for '--origin <origin>'. Please provide one of 'observed' and 'synthetic'."
        ),
        (["audit", "--section", "teams"] + day, "unknown section teams"),
        (["accuracy", "--format", "xml"], "format"),
        (["export", "--table", "schedule", "--format", "parquet"], "format"),
        (["coverage", "--start-date", "2022-13-01"], "start-date"),
        (["backfill", "--start-date", "2022-01-03"], "end-date"),
        (["audit", "--limit", "0"] + day, "--limit must be at least 1"),
        (["backfill", "--format", "csv"] + day, "--format csv prints a plan"),
        (["backfill", "--quiet", "--verbose"] + day, "--quiet and --verbose contradict"),
    ]

    @Test(arguments: mistakes.indices)
    func aUsageMistakeExits64AndCreatesNothing(index: Int) throws {
        let (arguments, message) = Self.mistakes[index]
        let directory = TemporaryDirectory()
        let database = arguments[0] == "profile" ? [] : ["--db", directory.file("hindcast.sqlite")]
        let run = try CommandLineRun.hindcast(
            [arguments[0]] + database + arguments.dropFirst(), in: directory.path)
        #expect(run.exitCode == 64, "\(arguments): \(run.stderr)")
        #expect(run.stderr.contains(message), "\(arguments): \(run.stderr)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).isEmpty)
    }
}
