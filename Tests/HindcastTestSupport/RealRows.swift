import Foundation

/// Excerpts of the real data files, for tests that need a small file: the header and the rows
/// that satisfy a condition, optionally edited.
public struct RealRows: Sendable {
    public let header: [String]
    public var rows: [[String]]

    /// Rows given directly (e.g. real rows with a column added).
    public init(header: [String], rows: [[String]]) {
        self.header = header
        self.rows = rows
    }

    /// Reads `path` (a real CSV without quoted fields, LF or CRLF line ends) keeping the rows for which `keep` is true.
    public init(path: String, keep: ([String: String]) -> Bool) {
        let text = try! String(contentsOfFile: path, encoding: .utf8)
        // "\r\n" is one Character in Swift: split on it too (the shared game lines use CRLF).
        var lines = text.split(whereSeparator: { $0 == "\n" || $0 == "\r\n" }).map(String.init)
        let names = lines.removeFirst().split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        header = names
        rows = lines.map { $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init) }
            .filter { fields in keep(Dictionary(uniqueKeysWithValues: zip(names, fields))) }
    }

    /// Sets `column` of row `index` to `value`.
    public mutating func set(_ column: String, to value: String, row index: Int) {
        rows[index][header.firstIndex(of: column)!] = value
    }

    /// The value of `column` in row `index`.
    public func value(_ column: String, row index: Int) -> String {
        rows[index][header.firstIndex(of: column)!]
    }

    /// The excerpt as CSV text.
    public var csv: String {
        ([header] + rows).map { $0.joined(separator: ",") }.joined(separator: "\n") + "\n"
    }
}
