import Foundation

/// The one JSON style of every command's `--format json`: one document on one line (compact),
/// keys in snake_case and sorted, slashes unescaped, ending with a newline. One line keeps a
/// scheduler's log and `jq` happy; `jq .` pretty-prints it for people.
public enum JSONOutput {
    /// `value` as one compact JSON line; camelCase property names become snake_case.
    public static func encode<Value: Encodable>(_ value: Value) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.keyEncodingStrategy = .convertToSnakeCase
        let data = (try? encoder.encode(value)) ?? Data("null".utf8)
        return String(decoding: data, as: UTF8.self)
    }

    /// `encode(value)` with the newline every command prints after its document.
    public static func line<Value: Encodable>(_ value: Value) -> String {
        encode(value) + "\n"
    }
}
