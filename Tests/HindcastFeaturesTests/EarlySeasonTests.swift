import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// The first 14 days after the schedule's real opening day (2021-10-19).
@Suite struct EarlySeasonTests {
    static let date = "2021-10-25"

    func rows(_ profile: Profile) throws -> [[String]] {
        let seeded = try TestWarehouse.season2021()
        try PipelineRun.run(
            seeded.warehouse, from: Self.date, through: Self.date, processors: ["ml_feature_store"], profile: profile)
        return try seeded.warehouse.read { db in
            try Row.fetchAll(
                db,
                sql: """
                    SELECT early_season_flag, insufficient_data_reason IS NOT NULL, feature_0_value IS NOT NULL,
                        feature_quality_score > 0 FROM ml_feature_store WHERE game_date = ?
                    """, arguments: [Self.date]
            ).map { row in (0..<4).map { "\(row[$0] as Int)" } }
        }
    }

    @Test func byDefaultEarlySeasonRowsAreFlaggedWithoutFeaturesAsTheReference() throws {
        let flagged = try rows(.standard)
        #expect(flagged.count > 100)
        #expect(Set(flagged) == [["1", "1", "0", "0"]])
    }

    @Test func theHistoricalBackfillProfileComputesRealFeaturesAndKeepsTheFlag() throws {
        let computed = try rows(.historicalBackfill)
        #expect(computed.count > 100)
        #expect(computed.allSatisfy { $0[0] == "1" && $0[1] == "0" && $0[3] == "1" })
        #expect(computed.filter { $0[2] == "1" }.count > computed.count / 2)
    }
}
