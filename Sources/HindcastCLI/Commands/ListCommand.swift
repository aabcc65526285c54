import ArgumentParser
import HindcastCore
import HindcastReports
import HindcastStore

/// `hindcast list`: every processor of the pipeline in run order, with its abbreviation (the
/// names `--select` and the status grid use), phase, version, and the tables it reads and writes.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the processors: id, abbreviation, phase, version, the tables each reads and writes."
    )

    @OptionGroup var output: FormatOptions

    /// One processor as `list --format json` prints it.
    struct Entry: Encodable {
        let id: String
        let abbreviation: String
        let phase: String
        let version: Int
        let reads: [Read]
        let writes: [String]

        struct Read: Encodable {
            let table: String
            /// `dataset.table`.
            let qualifiedTable: String
            /// `same_date`, `history` or `same_date_and_history`.
            let window: String
            /// Days of history read (`nil`: the season to date, or none for `same_date`).
            let historyDays: Int?
            let required: Bool
        }
    }

    static func entries(_ graph: ProcessorGraph) -> [Entry] {
        graph.ordered.map { processor in
            let descriptor = processor.descriptor
            return Entry(
                id: descriptor.id, abbreviation: ProcessorAbbreviations.short(descriptor.id),
                phase: descriptor.phase.rawValue,
                version: descriptor.version,
                reads: descriptor.reads.map { read in
                    let (window, days): (String, Int?)
                    switch read.window {
                    case .sameDate: (window, days) = ("same_date", nil)
                    case .history(let span): (window, days) = ("history", span)
                    case .sameDateAndHistory(let span): (window, days) = ("same_date_and_history", span)
                    }
                    return Entry.Read(
                        table: read.table,
                        qualifiedTable: WarehouseCatalog.table(named: read.table)?.qualifiedName ?? read.table,
                        window: window, historyDays: days, required: read.required)
                },
                writes: descriptor.writes)
        }
    }

    func run() throws {
        let entries = Self.entries(try Pipeline.graph())
        switch output.format {
        case .json:
            print(JSONOutput.encode(["processors": entries]))
        case .csv:
            let result = QueryResult(
                columns: ["id", "abbreviation", "phase", "version", "reads", "writes"],
                rows: entries.map { entry in
                    [
                        .text(entry.id), .text(entry.abbreviation), .text(entry.phase), .integer(Int64(entry.version)),
                        .text(entry.reads.map(\.table).joined(separator: ";")),
                        .text(entry.writes.joined(separator: ";")),
                    ]
                })
            print(TableRenderer.render(result, as: .csv), terminator: "")
        case .table:
            var lines: [String] = []
            for entry in entries {
                let head = entry.abbreviation.padding(toLength: 5, withPad: " ", startingAt: 0)
                lines.append("\(head) \(entry.id) (\(entry.phase), v\(entry.version))")
                let reads = entry.reads.map { read -> String in
                    let span: String
                    switch read.window {
                    case "same_date": span = ""
                    case "history": span = read.historyDays.map { " history \($0)d" } ?? " season to date"
                    default: span = read.historyDays.map { " +history \($0)d" } ?? " +season to date"
                    }
                    return read.table + span + (read.required ? "" : " (optional)")
                }
                lines += Wrapping.lines(
                    "      reads: " + reads.joined(separator: ", "), width: 99, indent: "             ")
                lines.append("      writes: " + entry.writes.joined(separator: ", "))
            }
            lines.append("(\(entries.count) processors, in run order; --select takes the id or the abbreviation)")
            print(lines.joined(separator: "\n"))
        }
    }
}
