import Foundation
import GRDB
import HindcastStore

/// Decodes the JSON payload of an imported context row into column values.
enum ImportedPayload {
    /// The payload's fields as `Column`s and values, in no particular order; a JSON null is a NULL
    /// value. Names the table does not have are left out (the importer keeps only the table's
    /// columns, and says which it ignored).
    static func values<Column: TableColumn>(
        _ payload: String, as column: Column.Type
    ) -> [(Column, (any DatabaseValueConvertible)?)] {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any] else {
            return []
        }
        var values: [(Column, (any DatabaseValueConvertible)?)] = []
        for (key, value) in object {
            guard let column = Column(named: key) else { continue }
            switch value {
            case let number as NSNumber:
                let double = number.doubleValue
                values.append((column, double == double.rounded() && abs(double) < 1e15 ? Int(double) : double))
            case let text as String: values.append((column, text))
            default: values.append((column, nil))
            }
        }
        return values
    }
}
