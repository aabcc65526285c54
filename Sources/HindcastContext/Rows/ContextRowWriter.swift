import GRDB
import HindcastCore
import HindcastStore

/// One context row as column → value.
typealias ContextColumns = [String: (any DatabaseValueConvertible)?]

/// Writes a day's context rows the same way for both context tables.
enum ContextRowWriter {
    /// The outcome of a date with no game scheduled.
    static func noGames(_ request: ProcessorRequest) -> ProcessorOutcome {
        ProcessorOutcome(
            rowsWritten: [:], inputFingerprint: Fingerprint().hex, skipReason: "no games scheduled on \(request.date)")
    }

    /// Inserts `rows` into `table` in order (converted on every core). The outcome's fingerprint
    /// hashes the rows' input fingerprints; its summary counts observed and synthetic rows.
    static func write(
        _ rows: [ContextColumns], into table: String, request: ProcessorRequest, db: Database
    ) throws -> ProcessorOutcome {
        let columns = try db.columns(in: table).map(\.name)
        let inserter = try RowInserter(db, table: table, columns: columns, sink: request.outputs)
        var fingerprint = Fingerprint()
        let layout = inserter.layout
        for (row, prepared) in zip(rows, try ParallelMap.map(rows) { try layout.prepare($0) }) {
            try inserter.insert(prepared)
            fingerprint.add((row["input_fingerprint"] ?? nil) as? String)
        }
        let observed = rows.filter { ($0["context_origin"] ?? nil) as? String == ContextOrigin.observed.rawValue }.count
        return ProcessorOutcome(
            rowsWritten: [table: rows.count], inputFingerprint: fingerprint.hex,
            summary: ["observed_rows": String(observed), "synthetic_rows": String(rows.count - observed)])
    }
}
