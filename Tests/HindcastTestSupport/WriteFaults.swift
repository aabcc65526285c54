import GRDB
import HindcastStore

/// Injected write failures: the warehouse refuses inserts as a full disk or a broken constraint would.
public enum WriteFaults {
    /// Makes every insert into `table` whose `column` equals `date` fail.
    public static func breakWrites(_ warehouse: Warehouse, table: String, column: String, date: String) throws {
        try warehouse.write { db in
            try db.execute(
                sql: """
                    CREATE TRIGGER refuse_\(table) BEFORE INSERT ON \(table) WHEN NEW.\(column) = '\(date)'
                    BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END
                    """)
        }
    }

    /// Undoes `breakWrites`.
    public static func repairWrites(_ warehouse: Warehouse, table: String) throws {
        try warehouse.write { db in try db.execute(sql: "DROP TRIGGER refuse_\(table)") }
    }
}
