import ArgumentParser
import HindcastIngest

extension ImportKind: ExpressibleByArgument {}

/// `hindcast import KIND FILE...`: all-or-nothing per file.
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
        for file in files {
            let report = try importer.importFile(file, kind: kind)
            print("\(file): " + ImportPrinter.describe(report))
        }
    }
}
