import GRDB

/// A stored column that holds another column of the same row in fewer bytes; that column is then
/// generated from it. Writers fill only the source column: the insert computes the encoding from
/// it, and a row's digest leaves encoding columns out, so it covers what readers see. Encoding
/// columns come last in their table.
public enum ColumnEncoding: Sendable, Hashable {
    /// The bits of a synthetic-field list (`SyntheticFieldList`) held as JSON text in the column
    /// named; 0 when the bits cannot spell it, NULL (refused by the column's NOT NULL) when the
    /// source is not text.
    case syntheticFieldBits(of: String)
    /// The JSON text of a synthetic-field list the bits cannot spell; NULL when they can.
    case syntheticFieldText(of: String)

    /// The name of the column this one encodes.
    public var source: String {
        switch self {
        case .syntheticFieldBits(let source), .syntheticFieldText(let source): source
        }
    }

    /// This column's value for a row whose source column holds `value`.
    public func encode(_ value: DatabaseValue) -> DatabaseValue {
        guard case .string(let text) = value.storage else { return isBits ? .null : value }
        let bits = SyntheticFieldList.bits(of: text)
        switch self {
        case .syntheticFieldBits: return (bits ?? 0).databaseValue
        case .syntheticFieldText: return bits == nil ? value : .null
        }
    }

    private var isBits: Bool {
        if case .syntheticFieldBits = self { return true }
        return false
    }
}
