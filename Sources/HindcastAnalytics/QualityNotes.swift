import HindcastCore

/// A row's data-quality bookkeeping: a 0-100 score lowered by a fixed penalty per issue, the
/// issues as written to `data_quality_issues`, and the tier that follows from the score
/// (gold ≥ 95, silver ≥ 85, bronze ≥ 70, poor ≥ 50, critical below).
struct QualityNotes: Sendable {
    private(set) var score: Double = 100
    private(set) var issues: [String] = []

    /// Penalty per issue code; the one place these numbers live (docs/phase3-and-zones.md).
    static func penalty(for issue: String) -> Double {
        switch issue {
        case "score_mismatch": return 30
        case "no_schedule_row": return 15
        case "partial_shot_zones", "player_shot_zones_missing", "team_minutes_mismatch", "usage_rate_over_100":
            return 10
        case "no_shot_zones", "zone_fga_mismatch", "no_plus_minus": return 5
        default: return 5
        }
    }

    /// Records `issue` once, lowering the score by its penalty.
    mutating func add(_ issue: String) {
        guard !issues.contains(issue) else { return }
        issues.append(issue)
        score -= QualityNotes.penalty(for: issue)
    }

    mutating func add(_ list: [String]) {
        for issue in list { add(issue) }
    }

    /// The score, never below 0.
    var finalScore: Double { max(0, score) }
    var tier: QualityTier { QualityTier(score: finalScore) }
    /// `data_quality_issues`: a JSON array of issue codes.
    var json: String { JSONText.array(issues) }
}
