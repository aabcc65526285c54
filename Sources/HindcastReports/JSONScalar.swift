import HindcastCore

/// One element of a JSON array, as the export checks an array column's elements before writing
/// them as a BigQuery `REPEATED` field.
enum JSONScalar: Decodable, CustomStringConvertible {
    case null
    case bool(Bool)
    /// A number with no fractional part that fits an `Int`.
    case integer(Int)
    case real(Double)
    case string(String)
    /// An object or an array.
    case nested

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let bool = try? container.decode(Bool.self) {
            self = .bool(bool)
        } else if let integer = try? container.decode(Int.self) {
            self = .integer(integer)
        } else if let real = try? container.decode(Double.self) {
            self = .real(real)
        } else if let string = try? container.decode(String.self) {
            self = .string(string)
        } else {
            self = .nested
        }
    }

    /// The element as an error message names it: `a string "x"`, `the number 1.5`, `true`.
    var description: String {
        switch self {
        case .null: "null"
        case .bool(let bool): "\(bool)"
        case .integer(let integer): "the number \(integer)"
        case .real(let real): "the number \(real)"
        case .string(let string): "a string \(JSONText.quote(string))"
        case .nested: "an object or array"
        }
    }
}
