import ArgumentParser
import Dispatch
import Foundation
import HindcastReports
import HindcastStore

/// `hindcast sql`: read-only SQL, with the reference's dataset-qualified table names. Rows are
/// printed as SQLite produces them; Ctrl-C or `--timeout` stops a long query (exit 1).
struct SQLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sql",
        abstract: "Run read-only SQL against the warehouse (dataset names such as nba_precompute.* resolve).",
        discussion: """
            One statement, on a read-only connection: statements that write and transaction control (BEGIN, \
            COMMIT, SAVEPOINT, ...) are refused. Rows stream out as they are found; Ctrl-C or --timeout stops \
            the query and exits 1.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var output: FormatOptions
    @Option(name: .long, help: "Stop the query after this many seconds (exit 1).")
    var timeout: Double?
    @Argument(help: "One SQL statement, e.g. \"SELECT COUNT(*) FROM nba_raw.player_boxscores\".")
    var statement: String

    func validate() throws {
        if let timeout, !(timeout > 0 && timeout.isFinite) {
            throw ValidationError("--timeout must be a positive number of seconds, not \(timeout)")
        }
    }

    func run() throws {
        _ = try warehouse.openReadOnly()
        let connection = try ReadOnlySQL(warehousePath: warehouse.path)
        let interruption = Interruption.install(notice: "stopping the query") { connection.stop() }
        let deadline = timeout.map { Deadline(seconds: $0, action: { connection.stop() }) }
        let renderer = StreamingTableRenderer(output.format) { print($0, terminator: "") }
        do {
            try connection.run(statement, columns: renderer.begin, row: renderer.add)
            deadline?.cancel()
            renderer.finish()
        } catch let stopped as ReadOnlySQL.Stopped {
            let rows = "\(stopped.rows) row\(stopped.rows == 1 ? "" : "s") printed"
            if let deadline, deadline.hasPassed, !interruption.isRequested {
                throw ExitCodes.fail(
                    "the query ran longer than --timeout \(SQLCell.real(deadline.seconds).text) s and was stopped "
                        + "(\(rows))", code: ExitCodes.error)
            }
            throw ExitCodes.fail(
                "\(interruption.signalName == "terminate" ? "terminated" : "interrupted"): the query was stopped "
                    + "(\(rows))", code: ExitCodes.error)
        }
    }
}

/// Calls `action` once, `seconds` after it is made, unless cancelled first.
final class Deadline: Sendable {
    let seconds: Double
    private let timer: Locked<any DispatchSourceTimer>
    private let passed: Locked<Bool>

    init(seconds: Double, action: @escaping @Sendable () -> Void) {
        self.seconds = seconds
        let passed = Locked(false)
        self.passed = passed
        let timer = DispatchSource.makeTimerSource(queue: .global())
        timer.schedule(deadline: .now() + seconds)
        timer.setEventHandler {
            passed.withLock { $0 = true }
            action()
        }
        timer.resume()
        self.timer = Locked(timer)
    }

    /// Whether the time ran out (and `action` was called).
    var hasPassed: Bool { passed.current }

    func cancel() { timer.withLock { $0.cancel() } }
}
