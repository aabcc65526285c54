import GRDB

/// The warehouse's migrations, in order. A shipped migration is never edited: schema changes
/// add a new one.
enum WarehouseMigrations {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-warehouse") { db in
            let statements =
                RawTablesV1.statements + ReferenceTablesV1.statements + AnalyticsTablesV1.statements
                + ContextTablesV1.statements + ZoneAnalysisTablesV1.statements + PrecomputeTablesV1.statements
                + PredictionTablesV1.statements
            for statement in statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration("v2-snapshot-times") { db in
            for statement in SnapshotTimesV2.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration("v3-context-estimates") { db in
            for statement in ContextEstimatesV2.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration("v4-compact-storage") { db in
            try CompactStorageV4.migrate(db)
        }
        migrator.registerMigration("v5-synthetic-field-bits") { db in
            try SyntheticFieldBitsV5.migrate(db)
        }
        migrator.registerMigration("v6-season-indexes") { db in
            for statement in SeasonIndexesV6.statements {
                try db.execute(sql: statement)
            }
        }
        migrator.registerMigration("v7-no-player-summary-index") { db in
            for statement in PlayerIndexDropV7.statements {
                try db.execute(sql: statement)
            }
        }
        return migrator
    }

    /// Migrations whose absence read-only commands can live with: a warehouse from an older
    /// hindcast that lacks only these is read as it is (read-only commands never migrate). Every
    /// other missing migration makes a read-only command ask for a writing command to migrate first.
    /// A migration belongs here when nothing that reads the warehouse depends on what it adds.
    static let readableWithout: Set<String> = [
        "v4-compact-storage", "v5-synthetic-field-bits", "v6-season-indexes", "v7-no-player-summary-index",
    ]
}
