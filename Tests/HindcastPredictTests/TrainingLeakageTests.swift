import GRDB
import HindcastCore
import HindcastPredict
import Testing

/// Walk-forward without leakage: the model a date is predicted with was trained on rows dated
/// strictly before that date, and nothing dated on or after it can change that model.
@Suite struct TrainingLeakageTests {
    @Test func theModelUsedOnADateWasTrainedOnlyOnRowsDatedBeforeIt() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let date = TrainingFixture.firstPredictedDate
        let run = try TrainingFixture.trainAndSave(warehouse)
        // A newer model whose range reaches the predicted date must not be used on it.
        let later = DateRange(start: TrainingFixture.trainingRange.start, end: date)!
        let newer = try TrainingFixture.trainAndSave(warehouse, range: later, createdAt: "2026-01-02T00:00:00.000Z")
        let used = try warehouse.read { db in
            try ModelRegistry.newest(named: TrainingFixture.settings.modelName, before: date, db: db)
        }
        #expect(used?.modelID == run.entry.modelID)
        #expect(used?.modelID != newer.entry.modelID)
        let entry = try warehouse.read { db in try ModelRegistry.load(id: used!.modelID, db: db) }
        #expect(entry.trainingEnd < date)

        let extraction = try warehouse.read { db in
            try TrainingData.load(db, range: DateRange(start: entry.trainingStart, end: entry.trainingEnd)!)
        }
        #expect(extraction.examples.count == entry.trainingRowCount + entry.validationRowCount)
        #expect(extraction.examples.allSatisfy { $0.date < date })
        #expect(extraction.examples.map(\.date).max() == entry.trainingEnd)
        #expect(newer.data.examples.contains { $0.date == date }, "the newer model did see the date's rows")
    }

    @Test func changingEveryRowOnOrAfterTheFirstPredictedDateLeavesTheModelIdentical() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let before = try TrainingFixture.trainAndSave(warehouse)
        let from = TrainingFixture.firstPredictedDate.description
        try warehouse.write { db in
            try db.execute(
                sql: "UPDATE player_game_summary SET points = points + 17 WHERE game_date >= ?", arguments: [from])
            // Every feature value (the `features` array is generated from the per-slot columns).
            let values = FeatureCatalog.all.indices.map { "feature_\($0)_value = feature_\($0)_value * 9 + 1" }
            try db.execute(
                sql: """
                    UPDATE ml_feature_store SET \(values.joined(separator: ", ")),
                        quality_tier = 'critical', synthetic_share = 1 WHERE game_date >= ?
                    """, arguments: [from])
            try db.execute(sql: "DELETE FROM player_game_summary WHERE game_date > ?", arguments: [from])
            // Lines from the first predicted date on: prop lines and game lines for every game.
            try db.execute(
                sql: """
                    INSERT INTO prop_lines (game_date, tipoff_utc, player_name, player_lookup, universal_player_id,
                        team_tricode, opp_tricode, is_home, bookmaker, market, line, over_price, under_price, captured_at,
                        match_status, game_code)
                    SELECT ?, ? || 'T23:00:00Z', player_name, player_lookup, universal_player_id, team_tricode,
                        opp_tricode, is_home, bookmaker, market, line + 3, over_price, under_price, NULL, match_status,
                        game_code
                    FROM prop_lines WHERE game_date = '2021-11-02'
                    """, arguments: [from, from])
            try db.execute(
                sql: """
                    INSERT INTO game_lines (game_date, game_code, bookmaker, market, team_tricode, point, captured_at)
                    SELECT game_date, game_code, 'consensus_close', 'spread', home_tricode, -4.5, game_date || 'T20:00:00Z'
                    FROM schedule WHERE game_date >= ?
                    """, arguments: [from])
            try db.execute(sql: "DELETE FROM model_registry")
        }
        let changed = try warehouse.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM ml_feature_store WHERE game_date >= ?", arguments: [from])
        }
        #expect((changed ?? 0) > 200)
        let lines = try warehouse.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM prop_lines WHERE game_date >= ?", arguments: [from])
        }
        #expect((lines ?? 0) > 20)
        let after = try TrainingFixture.trainAndSave(warehouse)
        #expect(after.entry == before.entry)
        #expect(after.model == before.model)
    }

    @Test func walkForwardRetrainingGivesEachPeriodAModelTrainedOnlyBeforeIt() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        let range = DateRange(start: GameDate("2021-11-01")!, end: GameDate("2021-11-24")!)!
        let ends = RetrainPeriod.weekly.periodEnds(range)
        #expect(ends.map(\.description) == ["2021-11-21", "2021-11-24"])
        #expect(
            RetrainPeriod.monthly.periodEnds(DateRange(start: GameDate("2021-10-19")!, end: GameDate("2021-12-15")!)!)
                .map(\.description) == ["2021-11-30", "2021-12-15"])
        #expect(RetrainPeriod.none.periodEnds(range) == [range.end])

        // A period's slice is exactly what loading its own range gives, so its model is the same bytes.
        let all = try warehouse.read { db in try TrainingData.load(db, range: range) }
        let end = GameDate("2021-11-14")!
        let slice = all.through(end)
        let own = try warehouse.read { db in try TrainingData.load(db, range: DateRange(start: range.start, end: end)!)
        }
        // NaN ≠ NaN, so rows compare by bit pattern.
        func bits(_ data: TrainingData) -> [[UInt64]] { data.examples.map { $0.features.map(\.bitPattern) } }
        #expect(bits(slice) == bits(own))
        #expect(slice.examples.map(\.points) == own.examples.map(\.points))
        #expect(slice.examples.map(\.playerLookup) == own.examples.map(\.playerLookup))
        #expect(slice.featureStoreRows == own.featureStoreRows && slice.placeholders == own.placeholders)
        #expect(slice.withoutActuals == own.withoutActuals)
        #expect(slice.examples.allSatisfy { $0.date <= end })
        let settings = TrainingFixture.settings
        let fromSlice = try PointsModelTrainer.train(slice, name: "gbt_v1", settings: settings, createdAt: "t")
        let fromOwn = try PointsModelTrainer.train(own, name: "gbt_v1", settings: settings, createdAt: "t")
        #expect(fromSlice.entry.modelJSON == fromOwn.entry.modelJSON)
        #expect(fromSlice.entry == fromOwn.entry)

        // Each date is predicted by the newest period model that ends before it.
        let later = try PointsModelTrainer.train(
            all.through(GameDate("2021-11-21")!), name: "gbt_v1", settings: settings, createdAt: "t")
        try warehouse.write { db in
            try ModelRegistry.save(fromSlice.entry, db: db)
            try ModelRegistry.save(later.entry, db: db)
        }
        let chosen = try warehouse.read { db in
            try ["2021-11-15", "2021-11-21", "2021-11-22"].map {
                try ModelRegistry.newest(named: "gbt_v1", before: GameDate($0)!, db: db)?.modelID
            }
        }
        #expect(chosen == [fromSlice.entry.modelID, fromSlice.entry.modelID, later.entry.modelID])
    }
}
