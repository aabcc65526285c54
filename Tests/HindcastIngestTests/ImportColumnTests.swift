import Foundation
import GRDB
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// Every importer writes every column of its format for every row, whatever the first row holds.
@Suite struct ImportColumnTests {
    /// Non-empty values of `column` in a real CSV file, by `key`.
    static func values(_ path: String, column: String, key: String) throws -> [String: String] {
        let file = try CSVFile(path: path)
        var values: [String: String] = [:]
        try file.forEachRecord { fields in
            if let value = fields.optionalText(column) { values[fields.text(key)] = value }
        }
        return values
    }

    static func stored(_ warehouse: Warehouse, column: String) throws -> [String: String] {
        try warehouse.read { db in
            var values: [String: String] = [:]
            for row in try Row.fetchAll(
                db, sql: "SELECT game_code, CAST(\(column) AS TEXT) FROM schedule WHERE \(column) IS NOT NULL")
            {
                values[row[0]] = row[1]
            }
            return values
        }
    }

    @Test func theRealScheduleKeepsItsSixRemarksAndEveryOtherColumn() throws {
        let seeded = try TestWarehouse.season2021()
        let schedule = RepositoryPaths.season2021 + "/schedule.csv"
        let remarks = try Self.values(schedule, column: "game_remarks", key: "game_code")
        #expect(remarks.count == 6)
        #expect(try Self.stored(seeded.warehouse, column: "game_remarks") == remarks)
        for (file, column, stored) in [
            ("schedule.csv", "game_start_time", "game_start_time_et"), ("schedule.csv", "arena_name", "arena_name"),
            ("schedule.csv", "attendance", "attendance"), ("games.csv", "officials", "officials"),
            ("games.csv", "start_time_local", "start_time_local"), ("games.csv", "arena_location", "arena_location"),
            ("games.csv", "time_of_game", "time_of_game"), ("games.csv", "home_record_after", "home_record_after"),
        ] {
            let expected = try Self.values(RepositoryPaths.season2021 + "/" + file, column: column, key: "game_code")
            #expect(try Self.stored(seeded.warehouse, column: stored) == expected, "\(file) \(column)")
        }
    }

    @Test func aColumnEmptyInTheFirstRowIsStillWritten() throws {
        // The real schedule's first remark, moved to the top of the file: no row is written without it
        // and the later rows keep theirs.
        let seeded = try TestWarehouse.empty()
        let text = try String(contentsOfFile: RepositoryPaths.season2021 + "/schedule.csv", encoding: .utf8)
        var lines = text.split(separator: "\n").map(String.init)
        let header = lines.removeFirst()
        let path = seeded.directory.write("schedule.csv", ([header] + lines.reversed()).joined(separator: "\n") + "\n")
        _ = try Importer(warehouse: seeded.warehouse).importFile(path, kind: .schedule)
        let remarks = try Self.values(path, column: "game_remarks", key: "game_code")
        #expect(try Self.stored(seeded.warehouse, column: "game_remarks") == remarks)
        #expect(remarks.count == 6)
    }
}
