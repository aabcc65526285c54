import Foundation
import GRDB
import HindcastTestSupport
import Testing

@testable import HindcastStore

/// Migration `v4-compact-storage` (issue 15's storage target) on a warehouse written by the schema
/// before it, where the feature store's arrays and the prediction ids were stored text: the
/// warehouse opens under this build, migrates, and every row of every
/// table reads exactly as before. A row the new layout would read differently stops the migration
/// and leaves the warehouse as it was.
@Suite struct StorageMigrationTests {
    /// The last migration before the compact storage.
    static let previousMigration = "v3-context-estimates"

    /// Every row of every table in key order, as text.
    static func contents(_ db: Database) throws -> [String: [[String]]] {
        var contents: [String: [[String]]] = [:]
        for table in WarehouseCatalog.declarations {
            contents[table.name] = try Row.fetchAll(
                db, sql: "SELECT * FROM \(table.name) ORDER BY \(table.key.joined(separator: ", "))"
            ).map { $0.databaseValues.map(\.description) }
        }
        return contents
    }

    /// A warehouse at the schema before `v4-compact-storage` holding the rows of `source` (the
    /// January week's backfill: feature store, predictions, grades and everything upstream);
    /// `migration` names the last migration the copy has, and the rows go into its columns by name.
    static func previousSchemaCopy(
        of source: Warehouse, in directory: TemporaryDirectory, upTo migration: String = previousMigration
    ) throws -> String {
        let path = directory.file("previous.sqlite")
        let pool = try DatabasePool(path: path)
        try WarehouseMigrations.migrator.migrate(pool, upTo: migration)
        try pool.close()
        // Through the source's own writer, so that tests copying the same source take turns.
        try source.pool.writeWithoutTransaction { db in
            try db.execute(sql: "ATTACH DATABASE ? AS copy", arguments: [path])
            try db.inTransaction {
                for table in WarehouseCatalog.declarations {
                    let columns = try String.fetchAll(
                        db, sql: "SELECT name FROM pragma_table_xinfo(?, 'copy') WHERE hidden = 0",
                        arguments: [table.name]
                    ).joined(separator: ", ")
                    try db.execute(
                        sql: "INSERT INTO copy.\(table.name) (\(columns)) SELECT \(columns) FROM main.\(table.name)")
                }
                return .commit
            }
            try db.execute(sql: "DETACH DATABASE copy")
        }
        return path
    }

    static func appliedMigrations(_ path: String) throws -> [String] {
        let queue = try DatabaseQueue(path: path)
        defer { try? queue.close() }
        return try queue.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
    }

    @Test func aWarehouseOfThePreviousSchemaMigratesAndKeepsEveryRow() throws {
        let source = try JanuaryWeekTests.fixture.get()
        let expected = try source.warehouse.read { db in try Self.contents(db) }
        #expect((expected["ml_feature_store"]?.count ?? 0) > 1000)
        #expect((expected["prediction_accuracy"]?.count ?? 0) > 4000)
        let directory = TemporaryDirectory()
        let path = try Self.previousSchemaCopy(of: source.warehouse, in: directory)
        #expect(try !Self.appliedMigrations(path).contains("v4-compact-storage"))

        let migrated = try Warehouse.open(path: path)
        let (contents, generated) = try migrated.read { db in
            (
                try Self.contents(db),
                try String.fetchAll(
                    db,
                    sql: """
                        SELECT m.name || '.' || c.name FROM sqlite_master m, pragma_table_xinfo(m.name) c
                        WHERE m.type = 'table' AND c.hidden = 2 ORDER BY 1
                        """)
            )
        }
        try migrated.pool.close()
        #expect(try Self.appliedMigrations(path).contains("v4-compact-storage"))
        #expect(
            generated == [
                "ml_feature_store.feature_names", "ml_feature_store.feature_sources", "ml_feature_store.features",
                "ml_feature_store.synthetic_context_fields", "player_prop_predictions.prediction_id",
                "player_prop_predictions.synthetic_context_fields", "prediction_accuracy.prediction_id",
                "prediction_accuracy.synthetic_context_fields", "upcoming_player_game_context.synthetic_fields",
            ])
        for table in WarehouseCatalog.declarations.map(\.name) {
            #expect(contents[table]?.count == expected[table]?.count, "\(table) row count")
            #expect(contents[table] == expected[table], "\(table) rows")
        }
    }

    @Test func aRowTheNewLayoutWouldChangeStopsTheMigrationAndNothingIsLost() throws {
        let source = try JanuaryWeekTests.fixture.get()
        let directory = TemporaryDirectory()
        let path = try Self.previousSchemaCopy(of: source.warehouse, in: directory)
        // A stored array the slots do not say: the generated column could not read it back.
        let queue = try DatabaseQueue(path: path)
        try queue.write { db in
            try db.execute(
                sql: """
                    UPDATE ml_feature_store SET features = '[1.0]'
                    WHERE rowid = (SELECT MIN(rowid) FROM ml_feature_store)
                    """)
        }
        try queue.close()

        #expect {
            try Warehouse.open(path: path)
        } throws: { error in
            "\(error)".contains("cannot change the storage of ml_feature_store: 1 rows would read differently")
        }
        #expect(try !Self.appliedMigrations(path).contains("v4-compact-storage"))
        let check = try DatabaseQueue(path: path)
        defer { try? check.close() }
        let kept = try check.read { db in
            (
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ml_feature_store WHERE features = '[1.0]'"),
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ml_feature_store"),
                try String.fetchAll(
                    db, sql: "SELECT name FROM pragma_table_xinfo('ml_feature_store') WHERE hidden != 0")
            )
        }
        #expect(kept.0 == 1)
        #expect(
            kept.1
                == (try source.warehouse.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ml_feature_store")
                }))
        #expect(kept.2.isEmpty)
    }
}
