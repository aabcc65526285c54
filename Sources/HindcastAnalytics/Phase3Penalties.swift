import HindcastCore

/// The game summaries' quality penalties per issue code; the one place these numbers live
/// (docs/phase3-and-zones.md).
enum Phase3Penalties: QualityPenalties {
    static func penalty(for code: String) -> Double {
        switch code {
        case "score_mismatch": return 30
        case "no_schedule_row": return 15
        case "partial_shot_zones", "player_shot_zones_missing", "team_minutes_mismatch", "usage_rate_over_100":
            return 10
        case "no_shot_zones", "zone_fga_mismatch", "no_plus_minus": return 5
        default: return 5
        }
    }
}

/// A game-summary row's quality score, issues and tier.
typealias Phase3QualityNotes = QualityNotes<Phase3Penalties>
