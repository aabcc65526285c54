import Foundation

/// Small, deterministic JSON encodings for TEXT columns (sorted keys, no whitespace).
public enum JSONText {
    /// `["a","b"]`.
    public static func array(_ values: [String]) -> String {
        array(values) { value, text in appendQuoted(value, to: &text) }
    }

    /// `[1,2]`.
    public static func array(_ values: [Int]) -> String {
        array(values) { value, text in text += String(value) }
    }

    /// `[`, each value appended by `append` with commas between, `]`: one string, no pieces.
    private static func array<Value>(_ values: [Value], _ append: (Value, inout String) -> Void) -> String {
        var text = "["
        for (index, value) in values.enumerated() {
            if index > 0 { text += "," }
            append(value, &text)
        }
        return text + "]"
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
        if let plain = plainStrings(text) { return plain }
        guard let data = text.data(using: .utf8),
            let values = try? JSONDecoder().decode([String].self, from: data)
        else { return [] }
        return values
    }

    /// Arrays of plain strings as Hindcast writes them (`["a","b"]`: no spaces, no escapes), split
    /// by bytes; `nil` for anything else.
    static func plainStrings(_ text: String) -> [String]? {
        let bytes = Array(text.utf8)
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), backslash = UInt8(ascii: "\\")
        guard bytes.count >= 4, bytes.first == UInt8(ascii: "["), bytes.last == UInt8(ascii: "]") else { return nil }
        var items: [String] = []
        var index = 1
        while index < bytes.count - 1 {
            guard bytes[index] == quote else { return nil }
            var end = index + 1
            while end < bytes.count - 1 && bytes[end] != quote {
                if bytes[end] == backslash { return nil }
                end += 1
            }
            guard end < bytes.count - 1 else { return nil }
            items.append(String(decoding: bytes[(index + 1)..<end], as: UTF8.self))
            index = end + 1
            if index < bytes.count - 1 {
                guard bytes[index] == comma else { return nil }
                index += 1
            }
        }
        return items
    }

    /// A JSON string literal.
    public static func quote(_ text: String) -> String {
        var result = ""
        appendQuoted(text, to: &result)
        return result
    }

    /// Appends `text` as a JSON string literal.
    static func appendQuoted(_ text: String, to result: inout String) {
        result += "\""
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            result += text
            result += "\""
            return
        }
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
        result += "\""
    }
}
