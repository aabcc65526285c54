import HindcastCore

/// The zone analyses' quality penalties per issue code; the one place these numbers live
/// (docs/phase3-and-zones.md).
enum ZonePenalties: QualityPenalties {
    static func penalty(for code: String) -> Double {
        switch code {
        case "insufficient_games": return 80
        case "early_season_sample": return 20
        case "no_shot_zones": return 10
        case "partial_shot_zones", "league_average_default": return 5
        default: return 5
        }
    }
}

/// A zone-analysis row's quality score, issues and tier.
typealias ZoneQualityNotes = QualityNotes<ZonePenalties>
