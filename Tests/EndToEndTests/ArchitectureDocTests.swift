import Foundation
import HindcastCLI
import HindcastTestSupport
import Testing

/// docs/architecture.md's table ownership map stays true to the processors' declarations.
@Suite struct ArchitectureDocTests {
    @Test func theOwnershipMapNamesEveryProcessorAndTheTablesItWrites() throws {
        let text = try String(contentsOfFile: RepositoryPaths.root + "/docs/architecture.md", encoding: .utf8)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| `") }
        for processor in Pipeline.processors {
            for table in processor.descriptor.writes {
                let row = rows.first { $0.hasPrefix("| `\(table)` |") }
                #expect(
                    row?.contains("| `\(processor.descriptor.id)` |") == true, "\(table) → \(processor.descriptor.id)")
            }
        }
    }
}
