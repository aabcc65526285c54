import Foundation
import HindcastCore
import HindcastStore

/// Renders query rows as they arrive, in the formats of `TableRenderer` (the same text for the same
/// rows), so `hindcast sql` never holds a whole result. The text table sizes its columns from the
/// header and the first `widthSample` rows; a later, wider value pushes its line out of alignment
/// rather than holding every row back.
public final class StreamingTableRenderer {
    /// Rows the text table reads before it prints, to size its columns.
    public static let widthSample = 200

    private let format: ReportFormat
    private let emit: (String) -> Void
    private var columns: [String] = []
    private var pending: [[String]] = []
    private var widths: [Int]?
    private var count = 0

    /// A renderer in `format` that hands its text to `emit`, piece by piece.
    public init(_ format: ReportFormat, emit: @escaping (String) -> Void) {
        self.format = format
        self.emit = emit
    }

    /// Starts the output with the result's columns.
    public func begin(_ columns: [String]) {
        self.columns = columns
        if format == .csv { emit(columns.map(TableRenderer.csvField).joined(separator: ",") + "\n") }
    }

    /// Adds one row.
    public func add(_ row: [SQLCell]) {
        count += 1
        switch format {
        case .csv:
            emit(row.map { TableRenderer.csvField($0.text) }.joined(separator: ",") + "\n")
        case .json:
            let object =
                "{"
                + zip(columns, row).map { "\(JSONText.quote($0)):\(TableRenderer.jsonValue($1))" }
                .joined(separator: ",") + "}"
            emit((count == 1 ? "[" : ",\n") + object)
        case .table:
            let cells = row.map(\.text)
            if let widths {
                emit(Self.line(cells, widths) + "\n")
            } else {
                pending.append(cells)
                if pending.count >= Self.widthSample { flushPending() }
            }
        }
    }

    /// Ends the output (the closing bracket, the row count).
    public func finish() {
        switch format {
        case .csv: break
        case .json: emit(count == 0 ? "[]\n" : "]\n")
        case .table:
            if widths == nil { flushPending() }
            emit("(\(count) row\(count == 1 ? "" : "s"))\n")
        }
    }

    private func flushPending() {
        var widths = columns.map(\.count)
        for row in pending {
            for (index, cell) in row.enumerated() { widths[index] = max(widths[index], cell.count) }
        }
        self.widths = widths
        var text = Self.line(columns, widths) + "\n"
        text += Self.line(widths.map { String(repeating: "-", count: $0) }, widths) + "\n"
        for row in pending { text += Self.line(row, widths) + "\n" }
        pending = []
        emit(text)
    }

    private static func line(_ values: [String], _ widths: [Int]) -> String {
        values.enumerated().map { index, value in
            value.padding(toLength: max(widths[index], value.count), withPad: " ", startingAt: 0)
        }.joined(separator: "  ").trimmingCharacters(in: .whitespaces)
    }
}
