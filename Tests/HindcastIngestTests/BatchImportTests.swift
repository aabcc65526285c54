import Foundation
import GRDB
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// Several files in one import: each is all-or-nothing; when one is refused the message says which
/// files landed before it and which were not read.
@Suite struct BatchImportTests {
    @Test func aRefusedFileNamesTheFilesBeforeAndAfterIt() throws {
        let seeded = try TestWarehouse.season2021()
        try seeded.warehouse.write { db in try db.execute(sql: "DELETE FROM prop_lines") }
        var paths: [String] = []
        for date in ["2021-10-31", "2021-11-02", "2021-11-08"] {
            var rows = RealRows(path: RepositoryPaths.season2021 + "/prop_lines.csv") { $0["game_date"] == date }
            if date == "2021-11-02" { rows.set("line", to: "-3", row: 4) }
            paths.append(seeded.directory.write("lines-\(date).csv", rows.csv))
        }
        var printed: [String] = []
        let error = try #require(throws: IngestError.self) {
            try Importer(warehouse: seeded.warehouse).importFiles(paths, kind: .propLines) { printed.append($0.file) }
        }
        #expect(printed == [paths[0]])
        #expect(error.file == paths[1] && error.line == 6)
        #expect(
            error.description.hasSuffix(
                "(import stopped at this file; imported before it: \(paths[0]); not read: \(paths[2]))"))
        #expect(!error.description.contains("\n"))
        let dates = try seeded.warehouse.read { db in
            try String.fetchAll(db, sql: "SELECT DISTINCT game_date FROM prop_lines ORDER BY 1")
        }
        #expect(dates == ["2021-10-31"])
    }
}
