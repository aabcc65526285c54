import Foundation
import GRDB
import HindcastCore
import HindcastTestSupport
import Testing

@testable import HindcastPredict

/// The predictions read a date's feature-store rows from the slot columns, not from the generated
/// `features` and `feature_sources` arrays: on every row of the January week's backfill, what they
/// read is exactly what the arrays say.
@Suite struct FeatureStoreDayReadTests {
    @Test func theSlotsReadAsTheGeneratedArraysOnEveryRowOfTheWeek() throws {
        let warehouse = try JanuaryWeekTests.fixture.get().warehouse
        var compared = 0
        var defaulted = 0
        try warehouse.read { db in
            for date in JanuaryWeekTests.dates {
                let rows = try FeatureStoreDay.load(db, date: try #require(GameDate(date)))
                let arrays = try Row.fetchAll(
                    db,
                    sql: """
                        SELECT player_lookup, features, feature_sources FROM ml_feature_store
                        WHERE game_date = ? ORDER BY player_lookup
                        """, arguments: [date])
                #expect(rows.count == arrays.count && !rows.isEmpty, "\(date)")
                for (row, stored) in zip(rows, arrays) {
                    #expect(row.playerLookup == stored["player_lookup"] as String)
                    let filled = FeatureStoreDay.numbers(stored["features"])
                    let sources = JSONText.strings(stored["feature_sources"]).map(FeatureSource.init(rawValue:))
                    #expect(row.features.filled == filled, "\(date) \(row.playerLookup) features")
                    #expect(row.features.sources == sources, "\(date) \(row.playerLookup) sources")
                    defaulted += sources.filter { $0 == .default }.count
                    compared += 1
                }
            }
        }
        #expect(compared > 1000)
        #expect(defaulted > 0, "the week has defaulted features")
    }
}
