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
        migrator.registerMigration("v2-context-estimates") { db in
            for statement in ContextEstimatesV2.statements {
                try db.execute(sql: statement)
            }
        }
        return migrator
    }
}
