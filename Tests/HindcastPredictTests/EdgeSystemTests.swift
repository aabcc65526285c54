import Foundation
import GRDB
import HindcastCore
import HindcastPredict
import HindcastStore
import HindcastTestSupport
import Testing

/// `gbt_edge_v1`: the same registry model as `gbt_v1` without its line blend, so on a row with an
/// observed line it keeps the trees' own departure from the line (for betting) while `gbt_v1` keeps
/// the blend (for the lowest error); the ensemble never counts the model twice.
@Suite struct EdgeSystemTests {
    /// 2021-11-08 is one of the bundled season's three dates with real DraftKings lines.
    static let linedDate = GameDate("2021-11-08")!

    @Test func theEdgeSystemPredictsTheTreesWithoutTheBlendAndStaysOutOfTheEnsemble() throws {
        let fixture = try TrainingFixture.warehouse()
        let warehouse = fixture.warehouse
        // Trained on 2021-11-02..07 (2021-11-02 has real lines); a blend fitted on those rows stands
        // in for the one training fits on validation dates, which here have no lines.
        let range = DateRange(start: GameDate("2021-11-02")!, end: GameDate("2021-11-07")!)!
        let run = try warehouse.read { db in
            try PointsModelTrainer.train(
                db, name: TrainingFixture.settings.modelName, range: range, settings: TrainingFixture.settings,
                createdAt: "2026-01-01T00:00:00.000Z")
        }
        let examples = run.split.all
        let set = TrainingSet(
            featureNames: run.entry.featureNames, rows: examples.map(\.features), targets: examples.map(\.points))
        let line = try #require(PointsModelTrainer.column(of: "market_points_line"))
        let lined = examples.filter { !$0.features[line].isNaN }.count
        #expect(lined >= 30, "2021-11-02's real lines reach the training rows")
        let fitted = LineBlend.fit(
            set, predictions: examples.map { run.model.predict(row: $0.features) },
            candidates: [["market_points_line"]], minimumRows: 30)
        let blend = try #require(fitted, "a blend fitted on \(lined) lined rows")
        let blended = run.model.withLineBlend(blend)
        var entry = run.entry
        entry.modelJSON = JSONText.encode(blended)
        entry.modelID = "gbt_v1-2021-11-07-blended"
        try warehouse.write { db in try ModelRegistry.save(entry, db: db) }

        let report = try PipelineRun.run(
            warehouse, from: Self.linedDate.description, through: Self.linedDate.description,
            processors: ["player_prop_predictions"])
        #expect(report.failed.isEmpty, "\(report.failed.map { $0.message ?? "" })")
        let day = DateRange(start: Self.linedDate, end: Self.linedDate)!
        let rows = try warehouse.read { db in try TrainingData.load(db, range: day).examples }
        let stored = try FetchedRow.fetch(
            warehouse,
            "SELECT player_lookup, system_id, predicted_points FROM player_prop_predictions WHERE system_id LIKE 'gbt%'"
        )
        var points: [String: Double] = [:]
        for row in stored { points[(row[0] as String) + "/" + (row[1] as String)] = row[2] }
        func clamped(_ value: Double) -> Double { Rounding.tenth(min(60, max(0, value))) }
        var linedRows = 0
        var moved = 0
        for example in rows {
            let gbt = try #require(points[example.playerLookup + "/gbt_v1"], "\(example.playerLookup)")
            let edge = try #require(points[example.playerLookup + "/gbt_edge_v1"], "\(example.playerLookup)")
            #expect(gbt == clamped(blended.predict(row: example.features)))
            #expect(edge == clamped(run.model.predict(row: example.features)))
            if example.features[line].isNaN {
                #expect(gbt == edge, "no line, no blend: \(example.playerLookup)")
            } else {
                linedRows += 1
                if gbt != edge { moved += 1 }
            }
        }
        #expect(linedRows > 50, "the date's observed lines reach both systems")
        #expect(moved > linedRows / 2, "the blend moves most lined predictions")
        let contributing = try FetchedRow.fetch(
            warehouse,
            "SELECT DISTINCT contributing_systems FROM player_prop_predictions WHERE system_id = 'ensemble_v1'")
        #expect(contributing.map { $0[0] as Int } == [4])
        let weights = try FetchedRow.fetch(
            warehouse, "SELECT ensemble_weights FROM player_prop_predictions WHERE system_id = 'ensemble_v1' LIMIT 1")
        #expect(weights.first.map { ($0[0] as String).contains("gbt_edge_v1") } == false)
    }
}
