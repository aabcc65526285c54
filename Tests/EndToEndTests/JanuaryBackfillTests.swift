import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// The README's main command on a fresh directory: `hindcast backfill --start-date 2022-01-01
/// --end-date 2022-01-07` loads the bundled season, says what it loaded, runs every processor and
/// exits 0. One run, checked from several sides.
@Suite(.serialized) struct JanuaryBackfillTests {
    struct Run: @unchecked Sendable {
        let directory: TemporaryDirectory
        let result: CommandLineRun
        var database: String { directory.file("hindcast.sqlite") }
    }

    static let run: Run = {
        let directory = TemporaryDirectory("hindcast-e2e")
        let result = try! CommandLineRun.hindcast(
            ["backfill", "--start-date", "2022-01-01", "--end-date", "2022-01-07"], in: directory.path)
        return Run(directory: directory, result: result)
    }()

    static let days = (1...7).map { "2022-01-0\($0)" }

    func query(_ sql: String) throws -> [[String]] {
        let result = try CommandLineRun.hindcast(["sql", "--db", Self.run.database, "--format", "csv", sql])
        #expect(result.exitCode == 0, "\(result.stderr)")
        return result.stdout.split(separator: "\n").dropFirst().map {
            $0.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
        }
    }

    @Test func loadsTheBundledSeasonAndSaysWhatItLoaded() {
        let result = Self.run.result
        #expect(result.exitCode == 0, "\(result.stderr)")
        #expect(result.stderr.contains("loaded the bundled 2021-22 season"))
        #expect(result.stderr.contains("33,804 box-score rows"))
        #expect(result.stderr.contains("1,323 games"))
        #expect(result.stderr.contains("10,959 inactive rows"))
        #expect(result.stderr.contains("348 line rows"))
        #expect(
            result.stderr.contains("348 matched a player: 343 on the date's box score, 5 on the date's inactive list"))
    }

    @Test func fillsEveryTableForSevenOfSevenDates() throws {
        let tables: [(String, String)] = [
            ("nba_analytics.player_game_summary", "game_date"),
            ("nba_analytics.team_offense_game_summary", "game_date"),
            ("nba_analytics.team_defense_game_summary", "game_date"),
            ("nba_analytics.upcoming_player_game_context", "game_date"),
            ("nba_analytics.upcoming_team_game_context", "game_date"),
            ("nba_precompute.team_defense_zone_analysis", "analysis_date"),
            ("nba_precompute.player_shot_zone_analysis", "analysis_date"),
            ("nba_precompute.player_composite_factors", "game_date"),
            ("nba_precompute.player_daily_cache", "cache_date"),
            ("nba_predictions.ml_feature_store", "game_date"),
        ]
        for (table, column) in tables {
            let rows = try query(
                "SELECT COUNT(DISTINCT \(column)) FROM \(table) WHERE \(column) BETWEEN '2022-01-01' AND '2022-01-07'")
            #expect(rows == [["7"]], "\(table)")
        }
    }

    @Test func everyContextRowIsSyntheticAndEveryContextPlayerHasPhase4AndFeatureRows() throws {
        let origins = try query(
            """
            SELECT context_origin, COUNT(*) FROM nba_analytics.upcoming_player_game_context
            WHERE game_date BETWEEN '2022-01-01' AND '2022-01-07' GROUP BY 1
            """)
        #expect(origins.count == 1 && origins.first?.first == "synthetic")
        let unmatched = try query(
            """
            SELECT COUNT(*) FROM nba_analytics.upcoming_player_game_context c
            LEFT JOIN nba_precompute.player_composite_factors f USING (game_date, player_lookup)
            LEFT JOIN nba_precompute.player_daily_cache d ON d.cache_date = c.game_date AND d.player_lookup = c.player_lookup
            LEFT JOIN nba_predictions.ml_feature_store m USING (game_date, player_lookup)
            WHERE c.game_date BETWEEN '2022-01-01' AND '2022-01-07'
                AND (f.player_lookup IS NULL OR d.player_lookup IS NULL OR m.player_lookup IS NULL)
            """)
        #expect(unmatched == [["0"]])
    }

    @Test func theReferencePhase4CoverageQueryRunsUnchanged() throws {
        let rows = try query(ReferenceQueries.phase4CoverageFirstWeekOfJanuary)
        #expect(rows == [["TDZA", "7"], ["PSZA", "7"], ["PCF", "7"], ["PDC", "7"]])
    }

    @Test func coverageAsJSONListsEveryTableOfTheSchema() throws {
        let result = try CommandLineRun.hindcast(["coverage", "--db", Self.run.database, "--format", "json"])
        #expect(result.exitCode == 0)
        let document = try #require(
            try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let entries = try #require(document["tables"] as? [[String: Any]])
        #expect(document["total_rows"] as? Int == entries.reduce(0) { $0 + ($1["rows"] as? Int ?? 0) })
        #expect(Set(entries.compactMap { $0["table"] as? String }) == Set(WarehouseCatalog.tables.map(\.name)))
        let context = try #require(entries.first { $0["table"] as? String == "upcoming_player_game_context" })
        #expect((context["observed_rows"] as? Int) == 0 && (context["synthetic_rows"] as? Int ?? 0) > 1000)
    }
}
