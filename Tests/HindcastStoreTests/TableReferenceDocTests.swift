import Foundation
import HindcastStore
import HindcastTestSupport
import Testing

/// docs/tables.md is the text generated from the table declarations. Regenerate it after changing a
/// declaration with `HINDCAST_WRITE_TABLE_REFERENCE=1 swift test --filter TableReferenceDocTests`.
@Suite struct TableReferenceDocTests {
    @Test func theCheckedInTableReferenceIsTheGeneratedOne() throws {
        let path = RepositoryPaths.root + "/docs/tables.md"
        if ProcessInfo.processInfo.environment["HINDCAST_WRITE_TABLE_REFERENCE"] == "1" {
            try TableReference.markdown.write(toFile: path, atomically: true, encoding: .utf8)
        }
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text == TableReference.markdown, "docs/tables.md is stale: regenerate it from the declarations")
    }

    @Test func everyTableAndColumnHasItsRow() {
        let text = TableReference.markdown
        for table in WarehouseCatalog.declarations {
            #expect(text.contains("## \(table.qualifiedName)\n"), "\(table.qualifiedName) has no section")
            for (index, column) in table.columns.enumerated() {
                #expect(text.contains("| \(index) | `\(column.name)` | \(column.type.rawValue) |"))
            }
        }
    }
}
