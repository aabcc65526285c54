/// Why a listed player did not play, as a small fixed set of categories (the box score's free
/// text stays in `dnp_reason`).
enum DNPCategory: String, Sendable, CaseIterable {
    /// "Did Not Play": dressed, available, not used.
    case coachDecision = "coach_decision"
    /// "Did Not Dress": not in uniform, almost always an injury, illness or rest.
    case injuryOrRest = "injury_or_rest"
    /// "Not With Team": personal or family reasons, or away from the team.
    case personal
    /// On the game's official inactive list (published before tip-off; the reason is not given).
    case inactive
    /// Listed as having played, but for 0:00 (counts as did not play).
    case noMinutes = "no_minutes"
    /// "Player Suspended" and any text not recognised.
    case other

    /// The category of a box score's `dnp_reason` text.
    init(reason: String?) {
        switch reason?.lowercased() {
        case "did not play": self = .coachDecision
        case "did not dress": self = .injuryOrRest
        case "not with team": self = .personal
        default: self = .other
        }
    }
}
