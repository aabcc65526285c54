import GRDB
import HindcastStore

/// Every row of every table, for "nothing changed" assertions.
public enum WarehouseDump {
    /// All tables of the catalog with all their rows (run ids included: nothing may change).
    public static func all(_ warehouse: Warehouse) throws -> [String: [[String]]] {
        try warehouse.read { db in
            var dump: [String: [[String]]] = [:]
            for table in WarehouseCatalog.tables {
                dump[table.name] = try Row.fetchAll(db, sql: "SELECT * FROM \(table.name) ORDER BY rowid").map { row in
                    row.databaseValues.map(\.description)
                }
            }
            return dump
        }
    }
}
