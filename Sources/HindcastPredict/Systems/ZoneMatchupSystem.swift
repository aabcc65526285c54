import HindcastCore

/// `zone_matchup`: the season average, plus per shooting zone clamp((opponent defensive rating −
/// league rating)·0.3·zone multiplier, ±3) weighted by how much the player uses the zone, plus
/// pace, venue and fatigue (100 = fresh) adjustments, clamped to 0-60. The reference centred the
/// zone term on a fixed 110; the league's own rating before the date keeps it unbiased in seasons
/// (and weeks) whose ratings sit elsewhere.
public struct ZoneMatchupSystem: PredictionSystem {
    public static let id = "zone_matchup"
    public var id: String { Self.id }

    /// The reference's neutral defensive rating, used before any game of the season.
    static let fallbackNeutralRating = 110.0

    public init() {}

    public func predict(_ player: PlayerDay) -> SystemPrediction {
        let f = player.features.features
        let neutral = player.season.teamDefense.leagueRating(before: player.date) ?? Self.fallbackNeutralRating
        // A defaulted opponent rating says nothing about the opponent: no zone adjustment.
        let defence = f.value(.opponentDefRating) ?? neutral
        let zones: [(share: Double?, multiplier: Double)] = [
            (f.value(.pctPaint), 1.2), (f.value(.pctMidRange), 1.0), (f.value(.pctThree), 1.1),
            (f.filled(.pctFreeThrow), 0.8),
        ]
        var zoneTotal = 0.0
        for zone in zones {
            guard let share = zone.share else { continue }
            let raw = (defence - neutral) * 0.3 * zone.multiplier
            zoneTotal += min(3, max(-3, raw)) * Self.usageWeight(share)
        }
        var adjustments = Adjustments()
        adjustments.shotZone = zoneTotal
        adjustments.pace = 0.4 * f.filled(.paceScore)
        adjustments.homeAway = player.features.playsAtHome ? 0.8 : -0.8
        adjustments.fatigue = RuleAdjustments.zoneMatchupFatigue(f.filled(.fatigueScore))
        let season = f.filled(.pointsAvgSeason)
        let points = season + zoneTotal + adjustments.pace! + adjustments.homeAway! + adjustments.fatigue!
        var prediction = SystemPrediction(
            points: RuleAdjustments.clampPoints(points),
            baseConfidence: RuleAdjustments.ruleConfidence(
                pointsStdLast10: f.filled(.pointsStdLast10), gamesInLast7Days: f.filled(.gamesInLast7Days)
            ))
        prediction.adjustments = adjustments
        prediction.keyFactors = [
            "opponent_def_rating": String(Rounding.hundredth(defence)),
            "league_def_rating": String(Rounding.hundredth(neutral)),
        ]
        if f.value(.pctPaint) == nil || f.value(.pctMidRange) == nil {
            prediction.warnings.append("no paint/mid-range shares: those zones left out")
        }
        return prediction
    }

    /// How much a zone counts: 1.0 at a share of 0.40 or more, 0.7 at 0.20 or more, else 0.4.
    static func usageWeight(_ share: Double) -> Double {
        if share >= 0.40 { return 1.0 }
        if share >= 0.20 { return 0.7 }
        return 0.4
    }
}
