import HindcastCore
import HindcastPredict
import Testing

/// The moving-average and zone-matchup systems on hand-built feature rows.
@Suite struct RuleSystemTests {
    /// A feature row with the given feature values observed and every other feature defaulted.
    static func row(_ values: [String: Double], home: Bool = true, daysRest: Int? = 2) -> FeatureRow {
        var observed = [Double?](repeating: nil, count: FeatureCatalog.all.count)
        var filled = FeatureCatalog.all.map(\.defaultValue)
        for (name, value) in values {
            let index = FeatureCatalog.id(named: name)!.rawValue
            observed[index] = value
            filled[index] = value
        }
        return FeatureRow(
            playerLookup: "stephencurry", gameID: "20220103_GSW_MIA", teamAbbr: "GSW", opponentTeamAbbr: "MIA",
            isHome: home, daysRest: daysRest,
            features: FeatureVector(
                filled: filled, observed: observed, sources: observed.map { $0 == nil ? .default : .calculated }),
            qualityScore: 92.68, qualityTier: "silver", syntheticFeatureCount: 13, syntheticShare: 0.317,
            contextOrigin: "synthetic", syntheticContextFields: ["player_set"])
    }

    static func day(_ row: FeatureRow) -> PlayerDay {
        PlayerDay(date: GameDate("2022-01-03")!, features: row, games: [], season: .empty)
    }

    static let scorer: [String: Double] = [
        "points_avg_last_5": 30, "points_avg_last_10": 28, "points_avg_season": 26, "points_std_last_10": 7.9,
        "games_in_last_7_days": 2, "home_away": 1,
    ]

    @Test func aFreshPlayerIsNotPenalisedForFatigue() {
        var fresh = Self.scorer
        fresh["fatigue_score"] = 100
        let prediction = MovingAverageSystem().predict(Self.day(Self.row(fresh)))
        #expect(prediction.adjustments.fatigue == 0)
        // 0.5·30 + 0.3·28 + 0.2·26 = 28.6, home +0.5.
        #expect(abs(prediction.points - 29.1) < 1e-9)
    }

    @Test func aTiredPlayerLosesPointsInBothRuleSystems() {
        var tired = Self.scorer
        tired["fatigue_score"] = 25
        #expect(MovingAverageSystem().predict(Self.day(Self.row(tired))).adjustments.fatigue == -2.5)
        #expect(ZoneMatchupSystem().predict(Self.day(Self.row(tired))).adjustments.fatigue == -1.5)
        tired["fatigue_score"] = 45
        #expect(MovingAverageSystem().predict(Self.day(Self.row(tired))).adjustments.fatigue == -1.0)
        #expect(ZoneMatchupSystem().predict(Self.day(Self.row(tired))).adjustments.fatigue == -0.8)
    }

    @Test func theRuleConfidenceFollowsVolatilityAndRecentGames() {
        // Standard deviation over 6 (−15), two games in the last 7 days (+5): 40.
        #expect(MovingAverageSystem().predict(Self.day(Self.row(Self.scorer))).baseConfidence == 40)
        var steady = Self.scorer
        steady["points_std_last_10"] = 3
        steady["games_in_last_7_days"] = 3
        #expect(ZoneMatchupSystem().predict(Self.day(Self.row(steady))).baseConfidence == 60)
    }

    @Test func aBackToBackAndAnAwayGameCostPoints() {
        var road = Self.scorer
        road["home_away"] = 0
        road["back_to_back"] = 1
        let prediction = MovingAverageSystem().predict(Self.day(Self.row(road, home: false, daysRest: 1)))
        #expect(prediction.adjustments.other == -1.5 && prediction.adjustments.homeAway == -0.5)
        #expect(abs(prediction.points - (28.6 - 2.0)) < 1e-9)
    }

    @Test func zoneMatchupLeavesOutZonesWithoutShares() {
        var row = Self.scorer
        row["pct_three"] = 0.55
        row["pct_free_throw"] = 0.14
        row["opponent_def_rating"] = 115
        let prediction = ZoneMatchupSystem().predict(Self.day(Self.row(row)))
        // No games yet: the neutral rating is 110. Three: clamp(5·0.3·1.1) = 1.65 × 1.0; free
        // throws: 5·0.3·0.8 = 1.2 × 0.4 = 0.48.
        #expect(abs(prediction.adjustments.shotZone! - 2.13) < 1e-9)
        #expect(prediction.warnings.contains { $0.contains("paint") })
    }
}
