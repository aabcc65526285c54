import ArgumentParser
import HindcastIngest

extension ImportKind: ExpressibleByArgument {}

/// `hindcast import KIND FILE...`: all-or-nothing per file; a refused file stops the import, and the
/// error names the files imported before it and those not read.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import real data files (formats in docs/data-formats.md); each file is all-or-nothing.",
        discussion: "Kinds: \(ImportKind.allCases.map(\.rawValue).joined(separator: ", "))."
    )

    @OptionGroup var warehouse: WarehouseOptions
    @Argument(help: "What the files hold.")
    var kind: ImportKind
    @Argument(help: "CSV files to import.")
    var files: [String]

    func validate() throws {
        if files.isEmpty { throw ValidationError("give at least one file to import") }
    }

    func run() throws {
        let store = try warehouse.openForWriting()
        let importer = Importer(warehouse: store)
        try importer.importFiles(files, kind: kind) { report in
            print("\(report.file): " + ImportPrinter.describe(report))
        }
    }
}
