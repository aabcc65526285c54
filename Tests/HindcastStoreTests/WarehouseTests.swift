import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

@Suite struct WarehouseTests {
    @Test func createsEveryCatalogTable() throws {
        let directory = TemporaryDirectory()
        let warehouse = try Warehouse.open(path: directory.file("w.sqlite"))
        let tables = try warehouse.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for table in WarehouseCatalog.tables {
            #expect(tables.contains(table.name), "missing \(table.name)")
        }
    }

    @Test func datasetQualifiedNamesResolveInReadOnlySQL() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("w.sqlite")
        _ = try Warehouse.open(path: path)
        let result = try ReadOnlySQL.query(
            "SELECT COUNT(DISTINCT analysis_date) FROM nba_precompute.team_defense_zone_analysis", warehousePath: path)
        #expect(result.rows == [[.integer(0)]])
        let raw = try ReadOnlySQL.query("SELECT COUNT(*) AS n FROM nba_raw.player_boxscores", warehousePath: path)
        #expect(raw.columns == ["n"])
    }

    @Test func readOnlySQLRefusesWrites() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("w.sqlite")
        _ = try Warehouse.open(path: path)
        #expect(throws: WarehouseError.self) {
            try ReadOnlySQL.query("DELETE FROM schedule", warehousePath: path)
        }
        #expect(throws: WarehouseError.self) {
            try ReadOnlySQL.query("SELEKT 1", warehousePath: path)
        }
    }

    @Test func refusesAFileThatIsNotADatabase() throws {
        let directory = TemporaryDirectory()
        let path = directory.write("junk.sqlite", String(repeating: "not a database\n", count: 200))
        let error = try #require(throws: WarehouseError.self) { try Warehouse.open(path: path) }
        #expect(error.description.hasPrefix(path))
        #expect(error.description.contains("not a Hindcast warehouse"))
    }

    @Test func refusesAWarehouseFromANewerSchema() throws {
        let directory = TemporaryDirectory()
        let path = directory.file("w.sqlite")
        let warehouse = try Warehouse.open(path: path)
        try warehouse.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('v99-from-the-future')")
        }
        let error = try #require(throws: WarehouseError.self) { try Warehouse.open(path: path) }
        #expect(error.description.contains("newer hindcast"))
        #expect(error.description.contains("v99-from-the-future"))
    }
}
