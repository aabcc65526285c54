import ArgumentParser
import Foundation
import HindcastCore
import HindcastReports
import HindcastStore

extension TableExport.Format: ExpressibleByArgument {}
extension ContextOrigin: ExpressibleByArgument {}

/// `hindcast export`: a table (optionally one context origin, one date range) as NDJSON or CSV
/// with a BigQuery schema file, so filled context rows can be loaded into a production
/// warehouse; `hindcast import context` reads the CSV back.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export a table as NDJSON or CSV with a BigQuery JSON schema (e.g. the synthetic context rows).",
        discussion: """
            With --out FILE the schema goes to FILE's name with .schema.json (or --schema PATH); without \
            --out the rows go to standard output and the schema only where --schema says.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: OptionalDateRangeOptions

    @Option(name: .long, help: "The table, e.g. upcoming_player_game_context.")
    var table: String

    @Option(name: .long, help: "Only rows with this context_origin: observed or synthetic.")
    var origin: ContextOrigin?

    @Option(name: .long, help: "ndjson (one JSON object per line) or csv (with a header).")
    var format: TableExport.Format = .ndjson

    @Option(name: .long, help: "Write the rows to this file instead of standard output.")
    var out: String?

    @Option(name: .long, help: "Write the BigQuery schema here (default: beside --out).")
    var schema: String?

    func validate() throws {
        guard TableExport.table(named: table) != nil else {
            throw ValidationError("unknown table \(table); tables: \(TableExport.tableNames.joined(separator: ", "))")
        }
        if let out, let schemaPath, OutputFile.canonical(out) == OutputFile.canonical(schemaPath) {
            throw ValidationError("--schema \(schemaPath) is the --out file; give them different names")
        }
    }

    /// Where the schema goes: `--schema`, else beside `--out` as `OUT.schema.json` (so the CSV
    /// and NDJSON exports of one table each keep their own).
    var schemaPath: String? { schema ?? out.map { $0 + ".schema.json" } }

    func run() throws {
        for path in [out, schemaPath].compactMap({ $0 }) {
            try OutputFile.check(path, warehouse: warehouse.path)
        }
        let info = TableExport.table(named: table)!
        let store = try warehouse.openReadOnly()
        let selection = TableExport.Selection(
            table: info.name, origin: origin, start: dates.startDate?.description, end: dates.endDate?.description)
        let sink = try LineSink(path: out)
        let summary: TableExport.Summary
        let columns: [TableExport.Column]
        do {
            (summary, columns) = try store.read { db -> (TableExport.Summary, [TableExport.Column]) in
                let columns = try TableExport.columns(table: info.name, format: format)
                let summary = try TableExport.export(db, selection, format: format) { try sink.write($0) }
                return (summary, columns)
            }
            if let schemaPath {
                try OutputFile.write(TableExport.schema(columns, table: info), to: schemaPath)
            }
            try sink.close()
        } catch let failure as TableExport.Failure where failure.isUsage {
            sink.discard()
            throw ExitCodes.fail(failure.description, code: ExitCodes.usage)
        } catch {
            sink.discard()
            throw error
        }
        let count = summary.rows
        var note = "exported \(count) row\(count == 1 ? "" : "s") of \(info.qualifiedName)"
        if let origin { note += " (context_origin = \(origin))" }
        if let out { note += " to \(out)" }
        if let schemaPath {
            note += "; schema in \(schemaPath); load with: "
            note += TableExport.loadCommand(
                info, format: format, file: out ?? "FILE", schema: schemaPath, dates: summary.dates)
        }
        Console.message(note)
    }
}

/// Lines to a file (written whole or not at all, see `OutputFile.Pending`) or standard output, buffered.
final class LineSink {
    private let file: OutputFile.Pending?
    private var buffer = Data()

    init(path: String?) throws {
        file = try path.map { try OutputFile.Pending($0) }
    }

    func write(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count > 1 << 16 { try flush() }
    }

    /// Flushes, and puts the file in place.
    func close() throws {
        try flush()
        try file?.commit()
    }

    /// Drops what was written to the file; the target is left as it was.
    func discard() { file?.discard() }

    private func flush() throws {
        if let file {
            try file.write(buffer)
        } else {
            FileHandle.standardOutput.write(buffer)
        }
        buffer.removeAll(keepingCapacity: true)
    }
}
