import HindcastCore

/// Typed access to one CSV record's fields by column name; every refusal names file, line,
/// column and value.
public struct CSVFields {
    public let path: String
    public let line: Int
    let values: [String]
    let index: [String: Int]

    /// The trimmed text of `column` ("" when absent from the header).
    public func text(_ column: String) -> String {
        guard let position = index[column] else { return "" }
        let value = values[position]
        // Most fields start and end with a visible ASCII character: nothing to trim, and
        // Foundation's trimming (a bridged NSString per call) is most of an import's parsing.
        if let first = value.utf8.first, let last = value.utf8.last, (0x21...0x7E).contains(first),
            (0x21...0x7E).contains(last)
        {
            return value
        }
        return value.trimmingCharacters(in: .whitespaces)
    }

    /// The text of `column`, or `nil` when empty.
    public func optionalText(_ column: String) -> String? {
        let value = text(column)
        return value.isEmpty ? nil : value
    }

    /// A non-empty text value.
    public func requiredText(_ column: String) throws -> String {
        guard let value = optionalText(column) else { throw error("\(column) is empty") }
        return value
    }

    /// A `YYYY-MM-DD` date.
    public func date(_ column: String) throws -> String {
        let value = text(column)
        guard GameDate(value) != nil else { throw error("bad date \"\(value)\" in \(column) (expected YYYY-MM-DD)") }
        return value
    }

    /// An integer, or `nil` when empty. Accepts `12` and `12.0` (some sources print floats).
    public func optionalInt(_ column: String) throws -> Int? {
        let value = text(column)
        if value.isEmpty { return nil }
        if let int = Int(value) { return int }
        if let double = Double(value), double.isFinite, double == double.rounded(), abs(double) < 1e12 {
            return Int(double)
        }
        throw error("\(column) is not a whole number: \"\(value)\"")
    }

    /// A required integer.
    public func int(_ column: String) throws -> Int {
        guard let value = try optionalInt(column) else { throw error("\(column) is empty") }
        return value
    }

    /// A non-negative integer, or `nil` when empty.
    public func optionalCount(_ column: String) throws -> Int? {
        guard let value = try optionalInt(column) else { return nil }
        guard value >= 0 else { throw error("negative \(column): \(value)") }
        return value
    }

    /// A finite number, or `nil` when empty.
    public func optionalDouble(_ column: String) throws -> Double? {
        let value = text(column)
        if value.isEmpty { return nil }
        guard let double = Double(value), double.isFinite else {
            throw error("\(column) is not a number: \"\(value)\"")
        }
        return double
    }

    /// A 0/1 flag (also accepts true/false).
    public func flag(_ column: String) throws -> Bool {
        switch text(column).lowercased() {
        case "1", "true": return true
        case "0", "false": return false
        default: throw error("\(column) must be 0 or 1, found \"\(text(column))\"")
        }
    }

    /// An error at this record's line.
    public func error(_ problem: String) -> IngestError {
        IngestError(file: path, line: line, problem: problem)
    }
}
