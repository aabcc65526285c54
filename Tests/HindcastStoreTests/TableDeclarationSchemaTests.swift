import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// The migrations (append-only) create exactly the tables the declarations describe: every table,
/// and in each its columns (name, order, type, NOT NULL, default, generated or stored), primary
/// key, unique constraints, indexes and AUTOINCREMENT.
@Suite struct TableDeclarationSchemaTests {
    /// One column as `PRAGMA table_xinfo` reports it.
    struct ColumnShape: Equatable, CustomStringConvertible {
        let name: String
        let type: String
        let notNull: Bool
        let defaultSQL: String?
        let keyPosition: Int
        /// Whether SQLite generates the column (VIRTUAL) instead of storing it.
        let generated: Bool

        var description: String {
            "\(name) \(type)\(notNull ? " NOT NULL" : "")\(defaultSQL.map { " DEFAULT \($0)" } ?? "") pk=\(keyPosition)"
                + (generated ? " generated" : "")
        }
    }

    static func migratedTableNames(_ db: Database) throws -> [String] {
        try String.fetchAll(
            db,
            sql: """
                SELECT name FROM sqlite_master WHERE type = 'table'
                AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'grdb_%' ORDER BY name
                """)
    }

    @Test func everyMigratedTableIsDeclaredAndEveryDeclarationMigrated() throws {
        let seeded = try TestWarehouse.empty()
        let migrated = try seeded.warehouse.read { db in try Self.migratedTableNames(db) }
        #expect(migrated == WarehouseCatalog.declarations.map(\.name).sorted())
    }

    @Test func migratedColumnsEqualTheDeclarations() throws {
        let seeded = try TestWarehouse.empty()
        for declaration in WarehouseCatalog.declarations {
            let table = declaration.name
            let migrated = try seeded.warehouse.read { db in
                try Row.fetchAll(
                    db, sql: "SELECT name, type, \"notnull\", dflt_value, pk, hidden FROM pragma_table_xinfo(?)",
                    arguments: [table]
                ).map { row in
                    ColumnShape(
                        name: row[0], type: row[1], notNull: row[2], defaultSQL: row[3], keyPosition: row[4],
                        generated: row[5] as Int == 2)
                }
            }
            let declared = declaration.columns.map { column in
                ColumnShape(
                    name: column.name, type: column.type.sqliteType, notNull: column.isNotNull,
                    defaultSQL: column.defaultSQL,
                    keyPosition: (declaration.key.firstIndex(of: column.name) ?? -1) + 1, generated: column.isGenerated)
            }
            #expect(
                migrated.count == declared.count, "\(table): \(migrated.count) migrated, \(declared.count) declared")
            for (index, (got, want)) in zip(migrated, declared).enumerated() where got != want {
                Issue.record("\(table) column \(index): migrated \(got), declared \(want)")
            }
        }
    }

    @Test func migratedIndexesEqualTheDeclarations() throws {
        let seeded = try TestWarehouse.empty()
        for declaration in WarehouseCatalog.declarations {
            let table = declaration.name
            let (indexes, unique, autoincrement) = try seeded.warehouse.read { db in
                var indexes: [String: [String]] = [:]
                var unique: [[String]] = []
                for entry in try Row.fetchAll(
                    db, sql: "SELECT name, origin FROM pragma_index_list(?)", arguments: [table])
                {
                    let name: String = entry[0]
                    let origin: String = entry[1]
                    let columns = try String.fetchAll(
                        db, sql: "SELECT name FROM pragma_index_info(?) ORDER BY seqno", arguments: [name])
                    if origin == "c" { indexes[name] = columns }
                    if origin == "u" { unique.append(columns) }
                }
                let sql = try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [table])
                return (indexes, unique, sql?.contains("AUTOINCREMENT") == true)
            }
            let declaredIndexes = Dictionary(uniqueKeysWithValues: declaration.indexes.map { ($0.name, $0.columns) })
            #expect(indexes == declaredIndexes, "\(table) indexes")
            #expect(Set(unique) == Set(declaration.unique), "\(table) unique constraints")
            #expect(autoincrement == declaration.autoincrementKey, "\(table) AUTOINCREMENT key")
        }
    }

    @Test func generatedColumnsAreGeneratedByTheirDeclaredExpressions() throws {
        let seeded = try TestWarehouse.empty()
        for declaration in WarehouseCatalog.declarations {
            let sql = try seeded.warehouse.read { db in
                try String.fetchOne(
                    db, sql: "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?",
                    arguments: [declaration.name])
            }
            let statement = try #require(sql, "\(declaration.name) is not migrated")
            for column in declaration.columns {
                guard let expression = column.generatedSQL else { continue }
                let definition =
                    "\(column.name) \(column.type.sqliteType)\(column.isNotNull ? " NOT NULL" : "")"
                    + " GENERATED ALWAYS AS (\(expression)) VIRTUAL"
                #expect(
                    statement.contains(definition),
                    "\(declaration.name).\(column.name) is not generated by its declared expression")
            }
        }
        // The feature store's arrays and the prediction ids restate their rows' other columns; the
        // synthetic-field lists are spelled from their storage columns.
        let generated = WarehouseCatalog.declarations.flatMap { table in
            table.columns.filter(\.isGenerated).map { "\(table.name).\($0.name)" }
        }
        #expect(
            Set(generated) == [
                "ml_feature_store.features", "ml_feature_store.feature_names", "ml_feature_store.feature_sources",
                "player_prop_predictions.prediction_id", "prediction_accuracy.prediction_id",
                "upcoming_player_game_context.synthetic_fields", "ml_feature_store.synthetic_context_fields",
                "player_prop_predictions.synthetic_context_fields", "prediction_accuracy.synthetic_context_fields",
            ])
        let encoding = WarehouseCatalog.declarations.flatMap { table in
            table.columns.compactMap { column in column.encoding.map { "\(table.name).\(column.name)<-\($0.source)" } }
        }
        #expect(encoding.count == 8)
        for table in WarehouseCatalog.declarations {
            for column in table.columns {
                guard let source = column.encoding?.source else { continue }
                #expect(table.column(named: source)?.isGenerated == true, "\(table.name).\(source) is generated")
            }
        }
    }

    @Test func everyDeclarationHoldsTogether() {
        for table in WarehouseCatalog.declarations {
            let names = table.columns.map(\.name)
            #expect(Set(names).count == names.count, "\(table.name) names a column twice")
            #expect(!table.key.isEmpty, "\(table.name) has no key")
            for column in table.key + (table.partitionColumn.map { [$0] } ?? []) {
                #expect(names.contains(column), "\(table.name): key or partition column \(column) is not a column")
            }
            if let partition = table.partitionColumn {
                #expect(table.column(named: partition)?.type == .date, "\(table.name) is partitioned by a non-date")
            }
            for column in table.columns {
                #expect(!column.description.isEmpty, "\(table.name).\(column.name) has no description")
            }
        }
    }

    @Test func aTypedRowPutsEachValueAtItsColumnsPosition() {
        var row: TableRow<PlayerGameSummaryColumn> = [.points: 31, .playerLookup: "lebronjames"]
        row[.minutesPlayed] = 36.5
        row[.starterFlag] = true
        #expect(row.values.count == PlayerGameSummaryColumn.table.columns.count)
        #expect(
            row.values[PlayerGameSummaryColumn.table.columns.firstIndex { $0.name == "points" }!] == 31.databaseValue)
        #expect(row.value(.playerLookup) == "lebronjames".databaseValue)
        #expect(row.value(.minutesPlayed) == 36.5.databaseValue)
        #expect(row.value(.starterFlag) == 1.databaseValue)
        #expect(row.value(.gameDate) == .null)
    }
}
