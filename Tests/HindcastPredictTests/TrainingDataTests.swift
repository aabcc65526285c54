import GRDB
import HindcastCore
import HindcastPredict
import Testing

/// Which feature-store rows become training rows: in the range, not early-season placeholders,
/// and only players who played that day, with their actual points as the target.
@Suite struct TrainingDataTests {
    @Test func everyExampleIsARowInTheRangeWhosePlayerPlayedWithTheirPointsAsTarget() throws {
        let fixture = try TrainingFixture.warehouse()
        let range = TrainingFixture.trainingRange
        let data = try fixture.warehouse.read { db in try TrainingData.load(db, range: range) }
        let played = try FetchedRow.fetch(
            fixture.warehouse,
            """
            SELECT f.game_date, f.player_lookup, g.points FROM ml_feature_store f
            JOIN player_game_summary g USING (game_date, player_lookup)
            WHERE f.game_date BETWEEN ? AND ? AND g.minutes_played > 0 ORDER BY 1, 2
            """, [range.start.description, range.end.description])
        #expect(data.examples.count > 2_000)
        #expect(data.examples.count == played.count)
        for (example, row) in zip(data.examples, played) {
            #expect(example.date.description == row[0] as String)
            #expect(example.playerLookup == row[1] as String)
            #expect(example.points == row[2] as Double)
            #expect(example.features.count == FeatureCatalog.all.count + MarketFeatures.names.count)
        }
        #expect(data.withoutActuals > 0, "DNP rows exist in three weeks of real games and are left out")
        #expect(data.examples.count + data.withoutActuals + data.placeholders == data.featureStoreRows)
        #expect(data.examples.allSatisfy { range.contains($0.date) })
        #expect(zip(data.examples, data.examples.dropFirst()).allSatisfy { $0.date <= $1.date })
    }

    @Test func earlySeasonPlaceholderRowsAreNeverTrainingRows() throws {
        let fixture = try TrainingFixture.warehouse()
        let range = DateRange(start: GameDate("2021-10-19")!, end: GameDate("2021-11-05")!)!
        let data = try fixture.warehouse.read { db in try TrainingData.load(db, range: range) }
        let flagged = try fixture.warehouse.read { db in
            try Int.fetchOne(
                db,
                sql: """
                    SELECT COUNT(*) FROM ml_feature_store
                    WHERE game_date BETWEEN ? AND ? AND early_season_flag = 1 AND feature_0_source = 'missing'
                    """, arguments: [range.start.description, range.end.description])
        }
        #expect(data.placeholders > 1_000)
        #expect(data.placeholders == flagged)
        let firstComputed = data.examples.map(\.date).min()
        #expect(firstComputed == GameDate("2021-11-02"), "day 15 of the season is the first with features")
        #expect(data.examples.allSatisfy { !$0.features.allSatisfy(\.isNaN) })
    }
}
