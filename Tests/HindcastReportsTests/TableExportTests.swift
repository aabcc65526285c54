import Foundation
import GRDB
import HindcastCore
import HindcastReports
import HindcastStore
import HindcastTestSupport
import Testing

/// `hindcast export`'s library side: BigQuery types and modes from the table's columns, NDJSON
/// typed by them, CSV with a header, and the origin filter.
@Suite struct TableExportTests {
    @Test func theSchemaTypesEachColumnFromItsDeclarationAndName() throws {
        let seeded = try TestWarehouse.empty()
        let columns = try seeded.warehouse.read { db in
            try TableExport.columns(db, table: "upcoming_player_game_context")
        }
        func column(_ name: String) -> TableExport.Column? { columns.first { $0.name == name } }
        #expect(column("player_lookup") == .init(name: "player_lookup", type: "STRING", mode: "REQUIRED"))
        #expect(column("game_date") == .init(name: "game_date", type: "DATE", mode: "REQUIRED"))
        #expect(column("home_game")?.type == "BOOL")
        #expect(column("has_prop_line")?.type == "BOOL")
        #expect(column("days_rest") == .init(name: "days_rest", type: "INT64", mode: "NULLABLE"))
        #expect(column("pace_differential")?.type == "FLOAT64")
        #expect(column("context_origin")?.type == "STRING")
        let schema = TableExport.schema(columns)
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [[String: String]])
        #expect(parsed.count == columns.count)
        #expect(Set(parsed.compactMap { $0["type"] }).isSubset(of: ["STRING", "INT64", "FLOAT64", "BOOL", "DATE"]))
        #expect(Set(parsed.compactMap { $0["mode"] }).isSubset(of: ["NULLABLE", "REQUIRED"]))
    }

    @Test func ndjsonWritesOneTypedObjectPerRowAndCSVAHeader() throws {
        let seeded = try TestWarehouse.season2021()
        let selection = TableExport.Selection(table: "schedule", start: "2021-12-25", end: "2021-12-25")
        var lines: [String] = []
        let count = try seeded.warehouse.read { db in
            try TableExport.export(db, selection, format: .ndjson) { lines.append($0) }
        }
        #expect(count == 5 && lines.count == 5)
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["game_date"] as? String == "2021-12-25")
        #expect(first["season_year"] as? Int == 2021)
        #expect(first["home_pts"] is Int)
        var csv: [String] = []
        try seeded.warehouse.read { db in
            try TableExport.export(db, selection, format: .csv) { csv.append($0) }
        }
        #expect(csv.count == 6 && csv[0].hasPrefix("game_code,game_id,game_date"))
    }

    @Test func anOriginFilterOnATableWithoutOriginIsRefusedWithTheReason() throws {
        let seeded = try TestWarehouse.empty()
        #expect {
            try seeded.warehouse.read { db in
                try TableExport.export(db, .init(table: "schedule", origin: "synthetic"), format: .csv) { _ in }
            }
        } throws: { error in
            "\(error)" == "schedule has no context_origin column; --origin needs one"
        }
        #expect {
            try seeded.warehouse.read { db in try TableExport.columns(db, table: "nowhere") }
        } throws: { error in
            "\(error)".hasPrefix("unknown table nowhere; tables: schedule, player_boxscores")
        }
    }
}
