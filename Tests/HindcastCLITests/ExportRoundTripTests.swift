import Foundation
import GRDB
import HindcastTestSupport
import Testing

/// Synthetic context exported for BigQuery (NDJSON or CSV plus a schema file) and imported back
/// with `import context` into a fresh warehouse: the context processor then writes the same rows.
@Suite struct ExportRoundTripTests {
    static let date = "2022-01-04"

    func contextRows(_ warehouse: CLIWarehouse) throws -> [[String]] {
        try warehouse.warehouse.read { db in
            try TableSnapshot.rows(db, "upcoming_player_game_context", where: "game_date = '\(Self.date)'")
        }
    }

    @Test func exportedSyntheticContextImportsBackIntoTheSameRows() throws {
        let source = try CLIFixtures.summariesThroughJanuary2()
        let day = ["--start-date", Self.date, "--end-date", Self.date]
        let context = ["--processors", "upcoming_player_game_context"]
        #expect(try CLIFixtures.hindcast(["backfill"] + day + context, on: source).exitCode == 0)
        let original = try contextRows(source)
        #expect(original.count == 128)

        let csv = source.directory.file("context.csv")
        let exported = try CLIFixtures.hindcast(
            [
                "export", "--table", "nba_analytics.upcoming_player_game_context", "--origin", "synthetic", "--format",
                "csv", "--out", csv,
            ] + day, on: source)
        #expect(exported.exitCode == 0, "\(exported.stderr)")
        #expect(exported.stderr.contains("exported 128 rows of nba_analytics.upcoming_player_game_context"))
        #expect(exported.stderr.contains("--replace 'nba_analytics.upcoming_player_game_context$20220104'"))
        func schema(_ name: String) throws -> [[String: String]] {
            try #require(
                try JSONSerialization.jsonObject(
                    with: Data(contentsOf: URL(fileURLWithPath: source.directory.file(name)))) as? [[String: String]])
        }
        let csvSchema = try schema("context.csv.schema.json")
        #expect(csvSchema.first?["name"] == "player_lookup" && csvSchema.first?["mode"] == "REQUIRED")
        #expect(csvSchema.allSatisfy { !($0["description"] ?? "").isEmpty })
        // The NDJSON export of the same table keeps its own schema file beside its own rows.
        let ndjsonFile = source.directory.file("context.ndjson")
        let second = try CLIFixtures.hindcast(
            ["export", "--table", "upcoming_player_game_context", "--out", ndjsonFile] + day, on: source)
        #expect(second.exitCode == 0, "\(second.stderr)")
        #expect(try schema("context.ndjson.schema.json").count == csvSchema.count)
        #expect(FileManager.default.fileExists(atPath: source.directory.file("context.csv.schema.json")))
        let ndjson = try CLIFixtures.hindcast(
            ["export", "--table", "upcoming_player_game_context", "--format", "ndjson"] + day, on: source)
        let objects = ndjson.stdout.split(separator: "\n").map {
            try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]
        }
        #expect(objects.count == 128 && objects.allSatisfy { $0?["context_origin"] as? String == "synthetic" })
        #expect(objects.first??["home_game"] is Bool)

        let target = try CLIFixtures.summariesThroughJanuary2()
        let imported = try CLIFixtures.hindcast(["import", "context", csv], on: target)
        #expect(imported.exitCode == 0, "\(imported.stderr)")
        #expect(try CLIFixtures.hindcast(["backfill"] + day + context, on: target).exitCode == 0)
        // Same rows, every column but run_id (which names the run that wrote each row).
        #expect(try contextRows(target) == original)
    }
}
