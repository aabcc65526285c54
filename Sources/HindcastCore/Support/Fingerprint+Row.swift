import GRDB

extension Fingerprint {
    /// Mixes in every value of a database row in column order, NULL distinct from text.
    public mutating func add(row: Row) {
        for value in row.databaseValues {
            add(Self.text(of: value))
        }
    }

    /// GRDB's `description` of a stored value (`nil` for NULL): what `add(row:)` has always hashed.
    /// Integers and plain ASCII text are spelled here directly; `description` reaches them through
    /// `String(reflecting:)`, the slowest part of hashing a day's box scores.
    static func text(of value: DatabaseValue) -> String? {
        switch value.storage {
        case .null:
            return nil
        case .int64(let int):
            return String(int)
        case .string(let string) where string.utf8.allSatisfy(Self.quotesVerbatim):
            return "\"" + string + "\""
        default:
            return value.description
        }
    }

    /// Bytes a Swift string's debug description keeps as they are: printable ASCII but the double
    /// and single quotes and the backslash (which it escapes).
    private static func quotesVerbatim(_ byte: UInt8) -> Bool {
        byte >= 0x20 && byte < 0x7F && byte != 0x22 && byte != 0x27 && byte != 0x5C
    }
}
