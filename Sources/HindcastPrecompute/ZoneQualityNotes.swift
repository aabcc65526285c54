import HindcastCore

/// A row's data-quality bookkeeping: a 0-100 score lowered by a fixed penalty per issue, the
/// issues as written to `data_quality_issues`, and the tier that follows from the score
/// (gold ≥ 95, silver ≥ 85, bronze ≥ 70, poor ≥ 50, critical below).
struct ZoneQualityNotes: Sendable {
    private(set) var score: Double = 100
    private(set) var issues: [String] = []

    /// Penalty per issue code; the one place these numbers live (docs/phase3-and-zones.md).
    static func penalty(for issue: String) -> Double {
        switch issue {
        case "insufficient_games": return 80
        case "early_season_sample": return 20
        case "no_shot_zones": return 10
        case "partial_shot_zones", "league_average_default": return 5
        default: return 5
        }
    }

    /// Records `issue` once (a `code:detail` issue counts by its code), lowering the score.
    mutating func add(_ issue: String) {
        guard !issues.contains(issue) else { return }
        issues.append(issue)
        let code = issue.split(separator: ":").first.map(String.init) ?? issue
        score -= ZoneQualityNotes.penalty(for: code)
    }

    /// The score, never below 0.
    var finalScore: Double { max(0, score) }
    var tier: QualityTier { QualityTier(score: finalScore) }
    /// `data_quality_issues`: a JSON array of issue codes.
    var json: String { JSONText.array(issues) }
}
