/// The kinds of file `hindcast import` reads (formats in docs/data-formats.md).
public enum ImportKind: String, CaseIterable, Sendable, Codable {
    case boxscores
    case games
    case schedule
    case inactives
    case shotZones = "shot-zones"
    case propLines = "prop-lines"
    case gameLines = "game-lines"
    case injuryReports = "injury-reports"
    case context
}

/// What one imported file did to the warehouse.
public struct ImportReport: Sendable, Equatable {
    public let kind: ImportKind
    public let file: String
    /// Data rows in the file.
    public let rowsRead: Int
    public let inserted: Int
    public let updated: Int
    /// Rows already present with identical values.
    public var unchanged: Int { rowsRead - inserted - updated }
    /// For line snapshots, shot zones and injury reports: rows per match status.
    public let matches: [String: Int]
    /// Names that matched no player (or several), with how many rows carry them.
    public let unmatchedNames: [String: Int]
    /// Other things worth saying (ignored columns, dates touched).
    public let notes: [String]
    /// Game days the file holds rows for.
    public let dates: [String]

    public init(
        kind: ImportKind, file: String, rowsRead: Int, inserted: Int, updated: Int, matches: [String: Int] = [:],
        unmatchedNames: [String: Int] = [:], notes: [String] = [], dates: [String] = []
    ) {
        self.kind = kind
        self.file = file
        self.rowsRead = rowsRead
        self.inserted = inserted
        self.updated = updated
        self.matches = matches
        self.unmatchedNames = unmatchedNames
        self.notes = notes
        self.dates = dates
    }

    /// 33804 → "33,804".
    public static func grouped(_ value: Int) -> String {
        let digits = String(abs(value))
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(",") }
            result.append(character)
        }
        return value < 0 ? "-" + result : result
    }
}
