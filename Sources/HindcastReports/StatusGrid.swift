import Foundation
import GRDB
import HindcastCore
import HindcastStore

/// The run history as a date × processor grid: per partition its status (done, synthetic-context,
/// failed, skipped, blocked, stale or never run) and why, read from `processor_run_history` and the
/// output tables' `context_origin` alone.
public struct StatusGrid: Sendable {
    /// One partition's cell.
    public struct Cell: Sendable, Codable, Equatable {
        /// `done`, `synthetic`, `failed`, `skipped`, `blocked`, `stale`.
        public let status: String
        public let reason: String?
        public let runID: String?
        /// Rows with synthetic context in the partition (tables with `context_origin`).
        public let syntheticRows: Int?
        /// When the newest run started (UTC), and how long it took.
        public var startedAt: String? = nil
        public var durationSeconds: Double? = nil

        enum CodingKeys: String, CodingKey {
            case status, reason
            case runID = "run_id"
            case syntheticRows = "synthetic_rows"
            case startedAt = "started_at"
            case durationSeconds = "duration_seconds"
        }
    }

    /// Processors in graph order.
    public let processors: [String]
    /// Dates with at least one run, and every game day of the range when one is given, ascending.
    public let dates: [GameDate]
    /// Cells by partition; absent = never run.
    public let cells: [PartitionKey: Cell]

    /// Reads the grid for runs dated `start...end` (all when `nil`); staleness against `profile`,
    /// or, when `nil`, against the profile each run used.
    public static func measure(
        _ db: Database, graph: ProcessorGraph, calendar: GameCalendar, profile: Profile?, from start: GameDate?,
        through end: GameDate?
    ) throws -> StatusGrid {
        let ledger = try RunLedger.load(db, from: start, through: end)
        let keys = Array(ledger.entries.keys)
        let snapshot = try DependencySnapshot.load(db, graph: graph, calendar: calendar, keys: keys)
        let synthetic = try syntheticRows(db, graph: graph, from: start, through: end)
        let timing = try runTimes(db, from: start, through: end)
        var cells: [PartitionKey: Cell] = [:]
        for key in keys {
            let state =
                graph.processor(key.processorID) == nil
                ? PartitionState(status: .done, runID: ledger.entry(key)?.newest.runID)
                : snapshot.state(of: key, profile: profile)
            let rows = synthetic[key]
            var label = state.status.rawValue
            if state.status == .done, let rows, rows > 0 { label = "synthetic" }
            var cell = Cell(status: label, reason: state.reason, runID: state.runID, syntheticRows: rows)
            if let runID = state.runID, let time = timing[runID] {
                (cell.startedAt, cell.durationSeconds) = (time.startedAt, time.seconds)
            }
            cells[key] = cell
        }
        // With a range, every game day of it appears (never-run ones as a row of `-`).
        var dates = Set(keys.map(\.date))
        if let start, let end, let range = DateRange(start: start, end: end) {
            dates.formUnion(calendar.gameDates(in: range))
        }
        let ran = Set(keys.map(\.processorID))
        let shown = start != nil && end != nil ? graph.ids : graph.ids.filter(ran.contains)
        return StatusGrid(
            processors: shown + ran.subtracting(graph.ids).sorted(), dates: dates.sorted(), cells: cells)
    }

    /// The run-history columns `runTimes` reads.
    static let runTimeColumns = ColumnSelection<ProcessorRunHistoryColumn>([.runId, .startedAt, .durationSeconds])

    /// When each run of the range started and how long it took, by run id.
    static func runTimes(
        _ db: Database, from start: GameDate?, through end: GameDate?
    ) throws -> [String: (startedAt: String, seconds: Double?)] {
        var result: [String: (startedAt: String, seconds: Double?)] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(runTimeColumns.sql) FROM processor_run_history
                WHERE data_date BETWEEN ? AND ?
                """,
            arguments: [start?.description ?? "0000-00-00", end?.description ?? "9999-99-99"])
        let column = runTimeColumns.index
        while let row = try rows.next() {
            result[row[column(.runId)]] = (row[column(.startedAt)], row[column(.durationSeconds)])
        }
        return result
    }

    /// The grid with only `ids` (in the order given) as processors.
    public func restricted(to ids: [String]) -> StatusGrid {
        let kept = Set(ids)
        return StatusGrid(
            processors: processors.filter(kept.contains), dates: dates,
            cells: cells.filter { kept.contains($0.key.processorID) })
    }

    /// Partitions a re-run must redo because they failed or were blocked: `status` exits 3 on them.
    public var failedOrBlocked: Int { (counts["failed"] ?? 0) + (counts["blocked"] ?? 0) }

    /// Synthetic-context rows per partition, for processors whose output has `context_origin`.
    static func syntheticRows(
        _ db: Database, graph: ProcessorGraph, from start: GameDate?, through end: GameDate?
    ) throws -> [PartitionKey: Int] {
        var result: [PartitionKey: Int] = [:]
        for processor in graph.ordered {
            for table in processor.descriptor.writes {
                guard let info = WarehouseCatalog.table(named: table), let column = info.dateColumn,
                    try db.columns(in: table).contains(where: { $0.name == "context_origin" })
                else { continue }
                let sql = """
                    SELECT \(column) AS day, SUM(context_origin = 'synthetic') AS synthetic FROM \(table)
                    WHERE \(column) BETWEEN ? AND ? GROUP BY \(column)
                    """
                let arguments: StatementArguments = [
                    start?.description ?? "0000-00-00", end?.description ?? "9999-99-99",
                ]
                for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                    guard let date = GameDate(row["day"] as String) else { continue }
                    let key = PartitionKey(processor.descriptor.id, date)
                    result[key, default: 0] += (row["synthetic"] as Int?) ?? 0
                }
            }
        }
        return result
    }

    /// Partitions per status.
    public var counts: [String: Int] {
        Dictionary(grouping: cells.values, by: \.status).mapValues(\.count)
    }

    /// The grid in `format`; a table within `width` columns uses short status words (the
    /// twelve-processor grid then fits 100), with `nil` (`--wide`) every status is spelt out.
    public func render(as format: ReportFormat, width: Int? = TableRenderer.defaultWidth) -> String {
        switch format {
        case .table: return table(wide: width == nil)
        case .csv: return TableRenderer.csv(grid)
        case .json: return json
        }
    }

    /// Short status words for the narrow table.
    static let shortStatus = [
        "done": "done", "synthetic": "syn", "skipped": "skip", "stale": "stale", "blocked": "blkd", "failed": "FAIL",
    ]

    /// Dates × processors (short names), one status word per cell, `-` for never run.
    public var grid: QueryResult { grid(short: false) }

    func grid(short: Bool) -> QueryResult {
        QueryResult(
            columns: ["date"] + processors.map(ProcessorAbbreviations.short),
            rows: dates.map { date in
                [.text(date.description)]
                    + processors.map { id in
                        let status = cells[PartitionKey(id, date)]?.status ?? "-"
                        return .text(short ? Self.shortStatus[status] ?? status : status)
                    }
            })
    }

    func table(wide: Bool) -> String {
        let order = ["done", "synthetic", "skipped", "stale", "blocked", "failed"]
        let summary = order.compactMap { status in counts[status].map { "\($0) \(status)" } }
        var lines = [
            "status: \(dates.count) date\(dates.count == 1 ? "" : "s"), \(cells.count) partitions"
                + (summary.isEmpty ? "" : ": " + summary.joined(separator: ", "))
        ]
        lines.append("")
        lines.append(TableRenderer.table(grid(short: !wide)).trimmingCharacters(in: .newlines))
        let notable = cells.filter { ["failed", "blocked", "stale"].contains($0.value.status) }
            .sorted { ($0.key.date, $0.key.processorID) < ($1.key.date, $1.key.processorID) }
        if !notable.isEmpty {
            lines.append("")
            for (key, cell) in notable {
                lines.append("\(key.date) \(key.processorID): \(cell.status): \(cell.reason ?? "")")
            }
            lines.append("a re-run of backfill over these dates redoes exactly these partitions (and what reads them)")
        }
        let skips = Dictionary(
            grouping: cells.filter { $0.value.status == "skipped" },
            by: { "\($0.key.processorID): \($0.value.reason ?? "")" })
        if !skips.isEmpty {
            lines.append("")
            lines.append("skipped (the processor wrote nothing on purpose):")
            for (why, group) in skips.sorted(by: { $0.key < $1.key }) {
                let days = group.map(\.key.date).sorted()
                let span = days.count == 1 ? "\(days[0])" : "\(days.count) dates, \(days.first!)..\(days.last!)"
                lines.append("  \(why) (\(span))")
            }
        }
        let names = wide ? "" : " (short: syn, skip, blkd, FAIL; --wide spells them out)"
        let legend =
            "legend: synthetic = done, with synthetic context rows; skipped = the processor wrote nothing on "
            + "purpose; blocked = not run because an upstream partition failed; stale = version, profile or input "
            + "changed since; - = never run\(names)"
        lines.append(contentsOf: Wrapping.lines(legend, width: 98, indent: "  "))
        lines.append(contentsOf: Wrapping.lines(ProcessorAbbreviations.legend(processors), width: 98, indent: "  "))
        return lines.joined(separator: "\n") + "\n"
    }

    var json: String {
        struct Day: Encodable {
            let date: GameDate
            let partitions: [String: Cell]
        }
        struct Document: Encodable {
            let processors: [String]
            let counts: [String: Int]
            let dates: [Day]
        }
        let document = Document(
            processors: processors, counts: counts,
            dates: dates.map { date in
                Day(
                    date: date,
                    partitions: Dictionary(
                        uniqueKeysWithValues: processors.compactMap { id in
                            cells[PartitionKey(id, date)].map { (id, $0) }
                        }))
            })
        return JSONOutput.line(document)
    }
}
