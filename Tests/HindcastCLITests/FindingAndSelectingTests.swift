import Foundation
import HindcastCore
import HindcastTestSupport
import Testing

@testable import HindcastCLI

/// `hindcast list`, `--select`/`--exclude` with dbt's graph operators, `profile list` and the
/// profile search path, `--version`.
@Suite struct FindingAndSelectingTests {
    func selector() throws -> ProcessorSelector { ProcessorSelector(graph: try Pipeline.graph()) }

    @Test func listNamesEveryProcessorWithAbbreviationPhaseReadsAndWrites() throws {
        let directory = TemporaryDirectory()
        let run = try CommandLineRun.hindcast(["list", "--format", "json"], in: directory.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let document = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let processors = try #require(document["processors"] as? [[String: Any]])
        #expect(processors.count == (try Pipeline.graph()).ids.count)
        let byAbbreviation = Dictionary(
            uniqueKeysWithValues: processors.map { ($0["abbreviation"] as! String, $0) })
        for abbreviation in ["PGS", "TDZA", "PCF", "PDC", "MLFS", "UPGC"] {
            #expect(byAbbreviation[abbreviation] != nil, "\(abbreviation)")
        }
        let pcf = try #require(byAbbreviation["PCF"])
        #expect(pcf["id"] as? String == "player_composite_factors")
        #expect(pcf["phase"] as? String == "phase4")
        #expect(pcf["writes"] as? [String] == ["player_composite_factors"])
        let reads = try #require(pcf["reads"] as? [[String: Any]])
        #expect(reads.contains { $0["table"] as? String == "team_defense_zone_analysis" })
        #expect(reads.allSatisfy { $0["window"] is String && $0["qualified_table"] is String })
        let created = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        #expect(created.isEmpty)

        let table = try CommandLineRun.hindcast(["list"], in: directory.path)
        #expect(table.stdout.contains("PCF   player_composite_factors (phase4"))
        #expect(table.stdout.split(separator: "\n").allSatisfy { $0.count <= 100 })
    }

    @Test func graphOperatorsSelectDownstreamAndUpstreamByIdOrAbbreviation() throws {
        let selector = try selector()
        #expect(try selector.resolve(selects: ["PCF"], excludes: []) == ["player_composite_factors"])
        #expect(try selector.resolve(selects: ["pcf"], excludes: []) == ["player_composite_factors"])
        let downstream = try selector.resolve(selects: ["PCF+"], excludes: [])
        #expect(
            Set(downstream) == [
                "player_composite_factors", "ml_feature_store", "player_prop_predictions", "prediction_accuracy",
            ])
        let upstream = try selector.resolve(selects: ["+player_composite_factors"], excludes: [])
        #expect(upstream.last == "player_composite_factors")
        for id in ["team_defense_zone_analysis", "player_game_summary", "upcoming_player_game_context"] {
            #expect(upstream.contains(id), "\(id) in \(upstream)")
        }
        #expect(!upstream.contains("ml_feature_store") && !upstream.contains("player_daily_cache"))
        let both = try selector.resolve(selects: ["+PCF+"], excludes: ["+TDZA"])
        #expect(both.contains("ml_feature_store") && both.contains("upcoming_player_game_context"))
        #expect(!both.contains("team_defense_zone_analysis") && !both.contains("team_defense_game_summary"))
        let excluded = try selector.resolve(selects: [], excludes: ["PPP+"])
        #expect(!excluded.contains("player_prop_predictions") && !excluded.contains("prediction_accuracy"))
        #expect(excluded.contains("ml_feature_store"))
    }

    @Test func selectAndExcludeNarrowTheBackfillPlanAndTheStatusGrid() throws {
        let warehouse = try CLIFixtures.summariesThroughJanuary2()
        let day = ["--start-date", "2022-01-03", "--end-date", "2022-01-03"]
        let dry = try CLIFixtures.hindcast(
            ["backfill", "--dry-run", "--format", "json", "--select", "+PCF", "--exclude", "TDZA", "UPGC"] + day,
            on: warehouse)
        #expect(dry.exitCode == 0, "\(dry.stderr)")
        let steps = ((try CLIFixtures.json(dry)) as? [String: Any])?["steps"] as? [[String: Any]] ?? []
        let requested = Set(steps.filter { $0["requested"] as? Bool == true }.map { $0["processor"] as! String })
        #expect(requested.contains("player_composite_factors") && requested.contains("player_shot_zone_analysis"))
        #expect(!requested.contains("team_defense_zone_analysis") && !requested.contains("ml_feature_store"))
        #expect(!requested.contains("upcoming_player_game_context"))

        let run = try CLIFixtures.hindcast(["backfill", "--select", "UPGC+", "--exclude", "PPP+"] + day, on: warehouse)
        #expect(run.exitCode == 0, "\(run.stderr)")
        let status = try CLIFixtures.hindcast(
            ["status", "--format", "json", "--select", "PCF", "MLFS"] + day, on: warehouse)
        let document = try #require(try CLIFixtures.json(status) as? [String: Any])
        #expect(document["processors"] as? [String] == ["player_composite_factors", "ml_feature_store"])
    }

    @Test func profilesComeFromTheProfilesDirThenTheBuiltInsAndObservedOnlyExists() throws {
        let directory = TemporaryDirectory()
        directory.write("lean.json", #"{"name": "lean", "version": 1, "description": "Lean test profile"}"#)
        let list = try CommandLineRun.hindcast(
            ["profile", "list", "--profiles-dir", directory.path, "--format", "json"], in: directory.path)
        #expect(list.exitCode == 0, "\(list.stderr)")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(list.stdout.utf8)) as? [[String: Any]])
        #expect(
            entries.map { "\($0["name"]!) \($0["source"]!)" } == [
                "default built-in", "historical-backfill built-in", "lean \(directory.path)/lean.json",
                "observed-only built-in",
            ])
        let shown = try CommandLineRun.hindcast(["profile", "show", "observed-only"], in: directory.path)
        #expect(shown.exitCode == 0 && shown.stdout.contains("\"synthesize\" : false"), "\(shown.stdout)")
        let unknown = try CommandLineRun.hindcast(
            ["profile", "show", "leen", "--profiles-dir", directory.path], in: directory.path)
        #expect(unknown.exitCode == 64)
        #expect(
            unknown.stderr.contains(
                "unknown profile leen: searched \(directory.path)/leen.json (--profiles-dir \(directory.path)), then "
                    + "the built-in profiles; available: default, historical-backfill, lean, observed-only"),
            "\(unknown.stderr)")
    }

    @Test func versionPrintsTheReleaseAndFeatureSet() throws {
        let run = try CommandLineRun.hindcast(["--version"])
        #expect(run.exitCode == 0)
        #expect(run.stdout == HindcastVersion.description + "\n")
        #expect(run.stdout.hasPrefix(HindcastVersion.number + " (feature set v1_54features"))
    }
}
