import HindcastCore
import Testing

/// The feature catalog and its names: `FeatureID` is the only way code names a feature, so its
/// order must be the catalog's (the reference's numbering, which models and exports rely on).
@Suite struct FeatureCatalogTests {
    @Test func everyFeatureIDNamesItsOwnCatalogEntry() {
        #expect(FeatureCatalog.all.map(\.id) == FeatureID.allCases)
        #expect(FeatureCatalog.all.map(\.index) == Array(0..<54))
        for id in FeatureID.allCases {
            #expect(FeatureCatalog.id(named: id.name) == id)
            #expect(FeatureCatalog.feature(id).index == id.rawValue)
        }
        #expect(FeatureID.vegasPointsLine.rawValue == 25 && FeatureID.vegasPointsLine.name == "vegas_points_line")
        #expect(FeatureID.hasVegasLine.rawValue == 28 && FeatureID.pointsAvgSeason.name == "points_avg_season")
        #expect(FeatureCatalog.id(named: "market_points_line") == nil)
    }
}
