import Foundation
import GRDB

/// Decodes the JSON payload of an imported context row into column values.
enum ImportedPayload {
    static func columns(_ payload: String) -> ContextColumns {
        guard let object = try? JSONSerialization.jsonObject(with: Data(payload.utf8)) as? [String: Any] else {
            return [:]
        }
        var columns: ContextColumns = [:]
        for (key, value) in object {
            switch value {
            case let number as NSNumber:
                let double = number.doubleValue
                columns[key] = double == double.rounded() && abs(double) < 1e15 ? Int(double) : double
            case let text as String: columns[key] = text
            default: columns[key] = nil as String?
            }
        }
        return columns
    }
}
