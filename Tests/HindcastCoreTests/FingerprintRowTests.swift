import Foundation
import GRDB
import Testing

@testable import HindcastCore

/// `Fingerprint.add(row:)` spells integers and plain text itself instead of asking GRDB for each
/// value's description: the hashed text, and so every stored `input_fingerprint`, must not change.
@Suite struct FingerprintRowTests {
    static let values: [DatabaseValue] = [
        .null, 0.databaseValue, (-42).databaseValue, Int64.max.databaseValue, Int64.min.databaseValue,
        1.5.databaseValue, 0.1.databaseValue, 3.0.databaseValue, "".databaseValue, "lukadoncic".databaseValue,
        "2021-11-01".databaseValue, "O'Neal Jr.".databaseValue, "say \"hi\"".databaseValue,
        "back\\slash".databaseValue, "tab\there".databaseValue, "line\nbreak".databaseValue,
        "Luka Dončić".databaseValue, "\u{7F}".databaseValue, Data([1, 2, 3]).databaseValue,
    ]

    @Test func spellsEveryValueAsGRDBDescribesIt() {
        for value in Self.values {
            #expect(Fingerprint.text(of: value) == (value.isNull ? nil : value.description), "\(value)")
        }
    }

    @Test func hashesARowAsTheDescriptionsOfItsValues() {
        let row = Row(Dictionary(uniqueKeysWithValues: Self.values.enumerated().map { ("c\($0)", $1) }))
        var fast = Fingerprint()
        fast.add(row: row)
        var described = Fingerprint()
        for value in row.databaseValues { described.add(value.isNull ? nil : value.description) }
        #expect(fast.hex == described.hex)
    }
}
