import GRDB
import HindcastStore

/// Every table of a warehouse as sorted rows of plain values, without the columns that name a run
/// or say when something happened (ids, timestamps, durations): two warehouses that hold the same
/// data compare equal however many runs, kills and resumes produced them.
public enum WarehouseContents {
    /// Columns that differ between runs that computed the same thing.
    public static let volatileColumns: Set<String> = [
        "run_id", "invocation_id", "started_at", "processed_at", "duration_seconds", "imported_at", "import_id",
        "upstream_dependencies", "summary", "source_file", "created_at", "trained_at", "model_id",
    ]

    /// Each catalog table's distinct rows (volatile columns left out), sorted.
    public static func of(_ warehouse: Warehouse) throws -> [String: [[String]]] {
        try warehouse.read { db in
            var tables: [String: [[String]]] = [:]
            for table in WarehouseCatalog.tables {
                let columns = try db.columns(in: table.name).map(\.name).filter { !volatileColumns.contains($0) }
                let rows = try Row.fetchAll(
                    db, sql: "SELECT DISTINCT \(columns.joined(separator: ",")) FROM \(table.name)"
                ).map { row in Array(row.databaseValues.map { $0.isNull ? "NULL" : $0.description }) }
                tables[table.name] = rows.sorted { $0.lexicographicallyPrecedes($1) }
            }
            return tables
        }
    }
}
