import GRDB
import HindcastCore
import HindcastStore

/// The columns both context tables have, which `ContextRowWriter` reads the same way.
protocol ContextColumn: TableColumn {
    static var inputFingerprint: Self { get }
    static var contextOrigin: Self { get }
}

extension UpcomingPlayerGameContextColumn: ContextColumn {}
extension UpcomingTeamGameContextColumn: ContextColumn {}

/// One player context row.
typealias PlayerContextColumns = TableRow<UpcomingPlayerGameContextColumn>
/// One team context row.
typealias TeamContextColumns = TableRow<UpcomingTeamGameContextColumn>

/// Writes a day's context rows the same way for both context tables.
enum ContextRowWriter {
    /// The outcome of a date with no game scheduled.
    static func noGames(_ request: ProcessorRequest) -> ProcessorOutcome {
        ProcessorOutcome(
            rowsWritten: [:], inputFingerprint: Fingerprint().hex, skipReason: "no games scheduled on \(request.date)")
    }

    /// Inserts `rows` into their table in order (converted on every core). The outcome's fingerprint
    /// hashes the rows' input fingerprints; its summary counts observed and synthetic rows.
    static func write<Column: ContextColumn>(
        _ rows: [TableRow<Column>], request: ProcessorRequest, db: Database
    ) throws -> ProcessorOutcome {
        let table = Column.table.name
        let inserter = try RowInserter(db, Column.self, sink: request.outputs)
        let layout = inserter.layout
        var fingerprint = Fingerprint()
        for (row, prepared) in zip(rows, try ParallelMap.map(rows) { layout.prepare($0) }) {
            try inserter.insert(prepared)
            fingerprint.add(String.fromDatabaseValue(row.value(.inputFingerprint)))
        }
        let observed = rows.filter {
            String.fromDatabaseValue($0.value(.contextOrigin)) == ContextOrigin.observed.rawValue
        }.count
        return ProcessorOutcome(
            rowsWritten: [table: rows.count], inputFingerprint: fingerprint.hex,
            summary: ["observed_rows": String(observed), "synthetic_rows": String(rows.count - observed)])
    }
}
