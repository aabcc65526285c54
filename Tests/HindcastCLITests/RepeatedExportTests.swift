import Foundation
import GRDB
import HindcastTestSupport
import Testing

/// Array columns of a real backfilled day exported for BigQuery: `REPEATED` fields of their
/// element type in the NDJSON schema, JSON arrays in the rows (`[]` for a NULL), and a one-line
/// refusal naming table, row and column when an array holds something BigQuery would reject.
@Suite struct RepeatedExportTests {
    static let day = ["--start-date", "2022-01-04", "--end-date", "2022-01-04"]

    /// The season with 2022-01-04 backfilled through predictions and grades.
    static func backfilledDay() throws -> CLIWarehouse {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let run = try CLIFixtures.hindcast(["backfill"] + day, on: warehouse)
        #expect(run.exitCode == 0, "\(run.stderr)")
        return warehouse
    }

    /// Exports `table` for the day as NDJSON to a file; returns the rows and the schema by field.
    static func export(
        _ table: String, from warehouse: CLIWarehouse
    ) throws -> (
        rows: [[String: Any]], schema: [String: [String: String]]
    ) {
        let out = warehouse.directory.file("\(table).ndjson")
        let run = try CLIFixtures.hindcast(["export", "--table", table, "--out", out] + day, on: warehouse)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let text = try String(contentsOfFile: out, encoding: .utf8)
        let rows = try text.split(separator: "\n").map {
            try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any])
        }
        let fields = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: out + ".schema.json")))
                as? [[String: String]])
        return (rows, Dictionary(uniqueKeysWithValues: fields.map { ($0["name"] ?? "", $0) }))
    }

    @Test func arrayColumnsOfARealDayExportAsRepeatedFieldsHoldingArrays() throws {
        let warehouse = try Self.backfilledDay()

        let features = try Self.export("ml_feature_store", from: warehouse)
        #expect(features.rows.count > 100)
        for (name, type) in [
            ("feature_names", "STRING"), ("feature_sources", "STRING"), ("default_feature_indices", "INT64"),
            ("synthetic_feature_indices", "INT64"), ("synthetic_context_fields", "STRING"),
            ("data_quality_issues", "STRING"),
        ] {
            #expect(features.schema[name]?["mode"] == "REPEATED" && features.schema[name]?["type"] == type, "\(name)")
        }
        // The feature values hold nulls where a feature is missing: JSON, not a repeated field.
        #expect(features.schema["features"]?["type"] == "JSON" && features.schema["features"]?["mode"] == "REQUIRED")
        for row in features.rows {
            let names = row["feature_names"] as? [String] ?? []
            #expect(names.count > 30 && (row["feature_sources"] as? [String])?.count == names.count)
            #expect((row["features"] as? [Any])?.count == names.count)
            #expect(row["default_feature_indices"] is [Int] && row["synthetic_feature_indices"] is [Int])
            #expect(row["synthetic_context_fields"] is [String] && row["data_quality_issues"] is [String])
        }
        #expect(features.rows.contains { !((($0["synthetic_feature_indices"] as? [Int]) ?? []).isEmpty) })

        let predictions = try Self.export("player_prop_predictions", from: warehouse)
        #expect(!predictions.rows.isEmpty)
        #expect(predictions.schema["default_feature_indices"]?["mode"] == "REPEATED")
        #expect(
            predictions.schema["warnings"]?["type"] == "STRING" && predictions.schema["warnings"]?["mode"] == "REPEATED"
        )
        #expect(predictions.rows.allSatisfy { $0["default_feature_indices"] is [Int] && $0["warnings"] is [String] })

        // warning_details is NULL on every row of a clean day: a NULL repeated field is written as
        // [], as BigQuery loads it.
        let factors = try Self.export("player_composite_factors", from: warehouse)
        let nulls = try warehouse.warehouse.read { db in
            try Int.fetchOne(
                db,
                sql:
                    "SELECT COUNT(*) FROM player_composite_factors WHERE game_date = '2022-01-04' AND warning_details IS NULL"
            )
        }
        #expect(nulls == factors.rows.count && !factors.rows.isEmpty)
        #expect(factors.rows.allSatisfy { ($0["warning_details"] as? [String])?.isEmpty == true })
        #expect(factors.rows.allSatisfy { $0["missing_data_fields"] is [String] })
        #expect(factors.schema["fatigue_context_json"]?["type"] == "JSON")

        // CSV cannot carry a repeated field into BigQuery: there an array column is JSON text.
        let csv = warehouse.directory.file("context.csv")
        let run = try CLIFixtures.hindcast(
            ["export", "--table", "upcoming_player_game_context", "--format", "csv", "--out", csv] + Self.day,
            on: warehouse)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let csvSchema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: csv + ".schema.json")))
                as? [[String: String]])
        let syntheticFields = csvSchema.first { $0["name"] == "synthetic_fields" }
        #expect(syntheticFields?["type"] == "JSON" && syntheticFields?["mode"] == "REQUIRED")
        #expect(!csvSchema.contains { $0["mode"] == "REPEATED" })
    }

    @Test func anArrayHoldingANullOrAMistypedElementIsRefusedInOneLineNamingTableRowAndColumn() throws {
        let warehouse = try Self.backfilledDay()
        let out = warehouse.directory.file("context.ndjson")
        func export() throws -> CommandLineRun {
            try CLIFixtures.hindcast(
                ["export", "--table", "upcoming_team_game_context", "--out", out] + Self.day, on: warehouse)
        }
        try warehouse.warehouse.write { db in
            try db.execute(
                sql: """
                    UPDATE upcoming_team_game_context SET synthetic_fields = '["game_spread",null]'
                    WHERE game_date = '2022-01-04' AND team_abbr = (SELECT MIN(team_abbr) FROM upcoming_team_game_context
                        WHERE game_date = '2022-01-04')
                    """)
        }
        let null = try export()
        #expect(null.exitCode == 1)
        let line = null.stderr.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(!line.contains("\n"), "\(line)")
        #expect(
            line.hasPrefix(
                "Error: cannot export upcoming_team_game_context row 1 (game_date 2022-01-04, team_abbr CLE), "),
            "\(line)")
        #expect(
            line.hasSuffix(
                "column synthetic_fields: element 1 of the array is null, which BigQuery refuses in a REPEATED field"),
            "\(line)")
        #expect(
            !FileManager.default.fileExists(atPath: out)
                && !FileManager.default.fileExists(atPath: out + ".schema.json"))

        try warehouse.warehouse.write { db in
            try db.execute(
                sql: """
                    UPDATE upcoming_team_game_context SET synthetic_fields = '["game_spread",7]'
                    WHERE synthetic_fields = '["game_spread",null]'
                    """)
        }
        let mistyped = try export()
        #expect(mistyped.exitCode == 1)
        #expect(
            mistyped.stderr.contains("column synthetic_fields: element 1 of the array is the number 7, not STRING"),
            "\(mistyped.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out))
    }
}
