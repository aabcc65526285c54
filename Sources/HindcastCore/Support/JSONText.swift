import Foundation

/// Small, deterministic JSON encodings for TEXT columns (sorted keys, no whitespace).
public enum JSONText {
    /// `["a","b"]`.
    public static func array(_ values: [String]) -> String {
        "[" + values.map(quote).joined(separator: ",") + "]"
    }

    /// `[1,2]`.
    public static func array(_ values: [Int]) -> String {
        "[" + values.map(String.init).joined(separator: ",") + "]"
    }

    /// `{"a":"x"}` with keys sorted.
    public static func object(_ values: [String: String]) -> String {
        "{" + values.keys.sorted().map { "\(quote($0)):\(quote(values[$0]!))" }.joined(separator: ",") + "}"
    }

    /// Any Encodable value with sorted keys.
    public static func encode<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "null" }
        return String(decoding: data, as: UTF8.self)
    }

    /// Decodes a JSON array of strings; empty for NULL or malformed text.
    public static func strings(_ text: String?) -> [String] {
        guard let text else { return [] }
        if text == "[]" { return [] }
        // Fast path for arrays of plain strings (what Hindcast writes): no escapes inside.
        if text.hasPrefix("[\""), text.hasSuffix("\"]"), !text.contains("\\") {
            let items = text.dropFirst(2).dropLast(2).components(separatedBy: "\",\"")
            if !items.contains(where: { $0.contains("\"") }) { return items }
        }
        guard let data = text.data(using: .utf8),
            let values = try? JSONDecoder().decode([String].self, from: data)
        else { return [] }
        return values
    }

    /// A JSON string literal.
    public static func quote(_ text: String) -> String {
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) { return "\"" + text + "\"" }
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case let s where s.value < 0x20: result += String(format: "\\u%04x", s.value)
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }
}
