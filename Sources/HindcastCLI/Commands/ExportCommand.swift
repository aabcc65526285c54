import ArgumentParser
import Foundation
import HindcastReports
import HindcastStore

extension TableExport.Format: ExpressibleByArgument {}

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
    var origin: String?

    @Option(name: .long, help: "ndjson (one JSON object per line) or csv (with a header).")
    var format: TableExport.Format = .ndjson

    @Option(name: .long, help: "Write the rows to this file instead of standard output.")
    var out: String?

    @Option(name: .long, help: "Write the BigQuery schema here (default: beside --out).")
    var schema: String?

    func validate() throws {
        if let origin, !["observed", "synthetic"].contains(origin) {
            throw ValidationError("--origin must be observed or synthetic, not \(origin)")
        }
    }

    func run() throws {
        let store = try warehouse.openReadOnly()
        let selection = TableExport.Selection(
            table: table, origin: origin, start: dates.startDate?.description, end: dates.endDate?.description)
        let schemaPath = schema ?? out.map { ($0 as NSString).deletingPathExtension + ".schema.json" }
        let (count, columns) = try store.read { db -> (Int, [TableExport.Column]) in
            let columns = try TableExport.columns(db, table: table)
            let sink = try LineSink(path: out)
            let count = try TableExport.export(db, selection, format: format) { try sink.write($0) }
            try sink.close()
            return (count, columns)
        }
        if let schemaPath {
            try OutputFile.write(TableExport.schema(columns), to: schemaPath)
        }
        let qualified = WarehouseCatalog.table(named: table)?.qualifiedName ?? table
        var note = "exported \(count) row\(count == 1 ? "" : "s") of \(qualified)"
        if let origin { note += " (context_origin = \(origin))" }
        if let out { note += " to \(out)" }
        if let schemaPath {
            let source = format == .csv ? "CSV --skip_leading_rows=1" : "NEWLINE_DELIMITED_JSON"
            note += "; schema in \(schemaPath); load with: bq load --source_format=\(source) "
            note += "DATASET.\(table) \(out ?? "FILE") \(schemaPath)"
        }
        Console.message(note)
    }
}

/// Lines to a file or standard output, buffered.
final class LineSink {
    private let handle: FileHandle
    private let ownsHandle: Bool
    private var buffer = Data()

    init(path: String?) throws {
        if let path {
            guard FileManager.default.createFile(atPath: path, contents: nil) else {
                throw OutputFile.cannotWrite(path, because: "the file cannot be created")
            }
            handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
            ownsHandle = true
        } else {
            handle = FileHandle.standardOutput
            ownsHandle = false
        }
    }

    func write(_ line: String) throws {
        buffer.append(contentsOf: line.utf8)
        buffer.append(0x0A)
        if buffer.count > 1 << 16 { try flush() }
    }

    func close() throws {
        try flush()
        if ownsHandle { try handle.close() }
    }

    private func flush() throws {
        try handle.write(contentsOf: buffer)
        buffer.removeAll(keepingCapacity: true)
    }
}
