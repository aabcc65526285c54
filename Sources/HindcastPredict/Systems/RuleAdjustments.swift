/// Pieces the reference's rule-based systems share, with the fatigue direction corrected:
/// `fatigue_score` is 100 = fresh, so the points penalty grows as the score falls.
enum RuleAdjustments {
    /// Moving average: −2.5 below 30 (very tired), −1.0 below 50, else 0.
    static func movingAverageFatigue(_ fatigueScore: Double) -> Double {
        if fatigueScore < 30 { return -2.5 }
        if fatigueScore < 50 { return -1.0 }
        return 0
    }

    /// Zone matchup: −1.5 below 30, −0.8 below 50, else 0.
    static func zoneMatchupFatigue(_ fatigueScore: Double) -> Double {
        if fatigueScore < 30 { return -1.5 }
        if fatigueScore < 50 { return -0.8 }
        return 0
    }

    /// The moving-average and zone-matchup confidence, on 0-100: 50, −15 when the last-10 standard
    /// deviation is over 6 (−8 over 4), +10 with three or more games in the last 7 days (+5 with
    /// two, −10 otherwise), clamped to 20-80 (the reference's 0.2-0.8 scale × 100).
    static func ruleConfidence(pointsStdLast10: Double, gamesInLast7Days: Double) -> Double {
        var confidence = 50.0
        if pointsStdLast10 > 6 {
            confidence -= 15
        } else if pointsStdLast10 > 4 {
            confidence -= 8
        }
        if gamesInLast7Days >= 3 {
            confidence += 10
        } else if gamesInLast7Days >= 2 {
            confidence += 5
        } else {
            confidence -= 10
        }
        return min(80, max(20, confidence))
    }

    /// Clamps a points prediction to 0-60.
    static func clampPoints(_ points: Double) -> Double { min(60, max(0, points)) }
}
