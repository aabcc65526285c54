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

        enum CodingKeys: String, CodingKey {
            case status, reason
            case runID = "run_id"
            case syntheticRows = "synthetic_rows"
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
        var cells: [PartitionKey: Cell] = [:]
        for key in keys {
            let state =
                graph.processor(key.processorID) == nil
                ? PartitionState(status: .done, runID: ledger.entry(key)?.newest.runID)
                : snapshot.state(of: key, profile: profile)
            let rows = synthetic[key]
            var label = state.status.rawValue
            if state.status == .done, let rows, rows > 0 { label = "synthetic" }
            cells[key] = Cell(status: label, reason: state.reason, runID: state.runID, syntheticRows: rows)
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
                    SELECT \(column), SUM(context_origin = 'synthetic') FROM \(table)
                    WHERE \(column) BETWEEN ? AND ? GROUP BY \(column)
                    """
                let arguments: StatementArguments = [
                    start?.description ?? "0000-00-00", end?.description ?? "9999-99-99",
                ]
                for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                    guard let date = GameDate(row[0] as String) else { continue }
                    let key = PartitionKey(processor.descriptor.id, date)
                    result[key, default: 0] += (row[1] as Int?) ?? 0
                }
            }
        }
        return result
    }

    /// Partitions per status.
    public var counts: [String: Int] {
        Dictionary(grouping: cells.values, by: \.status).mapValues(\.count)
    }

    /// The grid in `format`.
    public func render(as format: ReportFormat) -> String {
        switch format {
        case .table: return table
        case .csv: return TableRenderer.csv(grid)
        case .json: return json
        }
    }

    /// Dates × processors (short names), one status word per cell, `-` for never run.
    public var grid: QueryResult {
        QueryResult(
            columns: ["date"] + processors.map(ProcessorAbbreviations.short),
            rows: dates.map { date in
                [.text(date.description)]
                    + processors.map { .text(cells[PartitionKey($0, date)]?.status ?? "-") }
            })
    }

    var table: String {
        let order = ["done", "synthetic", "skipped", "stale", "blocked", "failed"]
        let summary = order.compactMap { status in counts[status].map { "\($0) \(status)" } }
        var lines = [
            "status: \(dates.count) date\(dates.count == 1 ? "" : "s"), \(cells.count) partitions"
                + (summary.isEmpty ? "" : ": " + summary.joined(separator: ", "))
        ]
        lines.append("")
        lines.append(TableRenderer.table(grid).trimmingCharacters(in: .newlines))
        let notable = cells.filter { ["failed", "blocked", "stale"].contains($0.value.status) }
            .sorted { ($0.key.date, $0.key.processorID) < ($1.key.date, $1.key.processorID) }
        if !notable.isEmpty {
            lines.append("")
            for (key, cell) in notable {
                lines.append("\(key.date) \(key.processorID): \(cell.status): \(cell.reason ?? "")")
            }
            lines.append("a re-run of backfill over these dates redoes exactly these partitions (and what reads them)")
        }
        lines.append(
            "legend: synthetic = done, with synthetic context rows; skipped = the processor wrote nothing "
                + "on purpose; blocked = not run because an upstream partition failed; stale = version, profile or "
                + "input changed since; - = never run")
        lines.append("        \(ProcessorAbbreviations.legend(processors))")
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
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(document)) ?? Data("{}".utf8), as: UTF8.self) + "\n"
    }
}
