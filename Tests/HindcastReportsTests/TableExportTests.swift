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
            try TableExport.columns(table: "upcoming_player_game_context")
        }
        func column(_ name: String) -> TableExport.Column? { columns.first { $0.name == name } }
        #expect(column("player_lookup")?.type == "STRING" && column("player_lookup")?.mode == "REQUIRED")
        #expect(column("game_date")?.type == "DATE" && column("game_date")?.mode == "REQUIRED")
        #expect(column("home_game")?.type == "BOOL")
        #expect(column("has_prop_line")?.type == "BOOL")
        #expect(column("days_rest")?.type == "INT64" && column("days_rest")?.mode == "NULLABLE")
        #expect(column("synthetic_fields")?.type == "STRING" && column("synthetic_fields")?.mode == "REPEATED")
        #expect(column("pace_differential")?.type == "FLOAT64")
        #expect(column("context_origin")?.type == "STRING")
        let schema = TableExport.schema(columns)
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(schema.utf8)) as? [[String: String]])
        #expect(parsed.count == columns.count)
        #expect(
            Set(parsed.compactMap { $0["type"] }).isSubset(of: [
                "STRING", "INT64", "FLOAT64", "BOOL", "DATE", "TIMESTAMP", "JSON",
            ]))
        #expect(Set(parsed.compactMap { $0["mode"] }) == ["NULLABLE", "REQUIRED", "REPEATED"])
        #expect(parsed.allSatisfy { ($0["description"] ?? "").count > 10 })
    }

    @Test func timestampsAreTIMESTAMPAndJSONColumnsJSONWithADescriptionForEveryField() throws {
        let seeded = try TestWarehouse.empty()
        func columns(_ table: String) throws -> [String: TableExport.Column] {
            let list = try seeded.warehouse.read { db in try TableExport.columns(table: table) }
            return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
        }
        let lines = try columns("prop_lines")
        #expect(lines["tipoff_utc"]?.type == "TIMESTAMP" && lines["captured_at"]?.type == "TIMESTAMP")
        #expect(lines["game_date"]?.type == "DATE")
        let features = try columns("nba_predictions.ml_feature_store")
        #expect(features["features"]?.type == "JSON")
        let factors = try columns("player_composite_factors")
        #expect(factors["fatigue_context_json"]?.type == "JSON")
        #expect(
            factors["fatigue_context_json"]?.description.contains("nba_precompute.player_composite_factors") == true)
        let history = try columns("processor_run_history")
        #expect(history["started_at"]?.type == "TIMESTAMP")
        for table in WarehouseCatalog.tables {
            for column in try columns(table.name).values {
                #expect(!column.description.isEmpty, "\(table.name).\(column.name)")
            }
        }
    }

    @Test func arrayColumnsAreRepeatedFieldsOfTheirElementTypeInNDJSONAndJSONInCSV() throws {
        func columns(_ table: String, _ format: TableExport.Format = .ndjson) throws -> [String: TableExport.Column] {
            let list = try TableExport.columns(table: table, format: format)
            return Dictionary(uniqueKeysWithValues: list.map { ($0.name, $0) })
        }
        let features = try columns("ml_feature_store")
        for (name, type) in [
            ("feature_names", "STRING"), ("feature_sources", "STRING"), ("default_feature_indices", "INT64"),
            ("synthetic_feature_indices", "INT64"), ("synthetic_context_fields", "STRING"),
            ("data_quality_issues", "STRING"),
        ] {
            #expect(features[name]?.type == type && features[name]?.mode == "REPEATED", "\(name)")
        }
        // The values hold a null for each missing feature, which a REPEATED field cannot.
        #expect(features["features"]?.type == "JSON" && features["features"]?.mode == "REQUIRED")
        #expect(features["features"]?.description.contains("null where missing") == true)
        let predictions = try columns("player_prop_predictions")
        #expect(predictions["default_feature_indices"]?.type == "INT64")
        #expect(predictions["default_feature_indices"]?.mode == "REPEATED")
        #expect(predictions["synthetic_context_fields"]?.mode == "REPEATED")
        let factors = try columns("player_composite_factors")
        #expect(factors["missing_data_fields"]?.type == "STRING" && factors["missing_data_fields"]?.mode == "REPEATED")
        #expect(factors["missing_data_fields"]?.description.contains("an array of strings") == true)
        #expect(factors["usage_context_json"]?.type == "JSON")
        for table in ["upcoming_player_game_context", "upcoming_team_game_context"] {
            #expect(try columns(table)["synthetic_fields"]?.mode == "REPEATED")
            #expect(try columns(table)["data_quality_issues"]?.mode == "REPEATED")
        }
        // BigQuery loads no repeated field from CSV: there the same column is its JSON text.
        let csv = try columns("ml_feature_store", .csv)
        #expect(csv["feature_names"]?.type == "JSON" && csv["feature_names"]?.mode == "REQUIRED")
        #expect(!csv.values.contains { $0.mode == "REPEATED" })
        let schema = TableExport.schema(Array(features.values))
        #expect(schema.contains(#""name": "feature_names", "type": "STRING", "mode": "REPEATED""#))
    }

    @Test func aDatasetQualifiedNameNamesTheSameTableAndOnlyItsOwnDataset() {
        #expect(
            TableExport.table(named: "nba_analytics.upcoming_player_game_context")?.name
                == "upcoming_player_game_context")
        #expect(
            TableExport.table(named: "upcoming_player_game_context")?.qualifiedName
                == "nba_analytics.upcoming_player_game_context")
        #expect(TableExport.table(named: "nba_raw.upcoming_player_game_context") == nil)
    }

    @Test func theLoadCommandNamesTheDatasetPartitionsByTheDateColumnAndReplacesTheDay() throws {
        let table = try #require(TableExport.table(named: "upcoming_player_game_context"))
        let one = TableExport.loadCommand(
            table, format: .ndjson, file: "c.ndjson", schema: "c.ndjson.schema.json", dates: ["2022-01-04"])
        #expect(
            one == "bq load --source_format=NEWLINE_DELIMITED_JSON --time_partitioning_type=DAY "
                + "--time_partitioning_field=game_date --replace 'nba_analytics.upcoming_player_game_context$20220104' "
                + "c.ndjson c.ndjson.schema.json")
        let several = TableExport.loadCommand(
            table, format: .csv, file: "c.csv", schema: "s.json", dates: ["2022-01-03", "2022-01-04"])
        #expect(
            several.contains("--skip_leading_rows=1") && several.contains("$YYYYMMDD") && several.contains("2 days"))
    }

    @Test func ndjsonWritesOneTypedObjectPerRowAndCSVAHeader() throws {
        let seeded = try TestWarehouse.season2021()
        let selection = TableExport.Selection(table: "schedule", start: "2021-12-25", end: "2021-12-25")
        var lines: [String] = []
        let summary = try seeded.warehouse.read { db in
            try TableExport.export(db, selection, format: .ndjson) { lines.append($0) }
        }
        #expect(summary.rows == 5 && lines.count == 5 && summary.dates == ["2021-12-25"])
        let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
        #expect(first["game_date"] as? String == "2021-12-25")
        #expect(first["season_year"] as? Int == 2021)
        #expect(first["home_pts"] is Int)
        var csv: [String] = []
        _ = try seeded.warehouse.read { db in
            try TableExport.export(db, selection, format: .csv) { csv.append($0) }
        }
        #expect(csv.count == 6 && csv[0].hasPrefix("game_code,game_id,game_date"))
    }

    @Test func anOriginFilterOnATableWithoutOriginIsRefusedWithTheReason() throws {
        let seeded = try TestWarehouse.empty()
        #expect {
            try seeded.warehouse.read { db in
                try TableExport.export(db, .init(table: "schedule", origin: .synthetic), format: .csv) { _ in }
            }
        } throws: { error in
            "\(error)" == "schedule has no context_origin column; --origin needs one"
        }
        #expect {
            try seeded.warehouse.read { db in try TableExport.columns(table: "nowhere") }
        } throws: { error in
            "\(error)".hasPrefix("unknown table nowhere; tables: nba_raw.schedule, nba_raw.player_boxscores")
        }
    }
}
