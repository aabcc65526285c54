import Foundation
import Testing

@testable import HindcastIngest

/// `CSVFields.text` skips Foundation's trimming when a field starts and ends with a visible ASCII
/// character: it must still return exactly what trimming whitespace returns.
@Suite struct CSVFieldsTextTests {
    @Test func returnsTheFieldTrimmedOfWhitespace() {
        let samples = [
            "", " ", "a", " a", "a ", " a b ", "\ta\t", "Dončić", " Dončić ", "\u{00A0}a", "a\u{00A0}",
            "é", "a\n", "\"quoted\"", "12.0", "ab c",
        ]
        let fields = CSVFields(
            path: "sample.csv", line: 2, values: samples,
            index: Dictionary(uniqueKeysWithValues: samples.indices.map { ("c\($0)", $0) }))
        for (position, sample) in samples.enumerated() {
            #expect(fields.text("c\(position)") == sample.trimmingCharacters(in: .whitespaces), "\(sample)")
        }
        #expect(fields.text("absent") == "")
    }
}
