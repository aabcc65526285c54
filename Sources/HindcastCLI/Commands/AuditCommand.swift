import ArgumentParser
import HindcastReports
import HindcastStore

/// `hindcast audit`: which predictions rested on synthetic context, and which fields.
struct AuditCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "audit",
        abstract: "Predictions that used synthetic context: per date, per system, per synthetic field, and per player.",
        discussion: """
            Sections: dates, systems, fields, players, learned (default: all). With --format csv and every section, \
            each section is its own CSV block, separated by a blank line.
            """
    )

    @OptionGroup var warehouse: WarehouseOptions
    @OptionGroup var dates: DateRangeOptions
    @OptionGroup var output: FormatOptions

    @Option(name: .long, help: "One section only: dates, systems, fields, players or learned.")
    var section: String?

    @Option(name: .long, help: "At most this many rows per section (the players section can be long).")
    var limit: Int?

    func validate() throws {
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1, not \(limit)") }
        if let section, !AuditRendering.sections.contains(section) {
            throw ValidationError(
                "unknown section \(section); choose one of \(AuditRendering.sections.joined(separator: ", "))")
        }
    }

    func run() throws {
        let store = try warehouse.openReadOnly()
        let report = try store.read { db in
            try AuditReport.measure(db, start: dates.startDate.description, end: dates.endDate.description)
        }
        print(
            AuditRendering.render(
                report, as: output.format, section: section, limit: limit, width: output.width), terminator: "")
    }
}
