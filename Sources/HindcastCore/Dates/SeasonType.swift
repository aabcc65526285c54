/// The kind of game a schedule row is, as stored in every table's `season_type`.
///
/// The NBA Cup final (from 2023-24) is a played game like any other for rest, load and recent
/// form, but, as the league counts it, not a regular-season game: its statistics stay out of season
/// averages and games played, and its result out of the standings. The Cup's group and knockout
/// games before the final are regular-season games and carry that label in the sources.
public enum SeasonType: String, Sendable, CaseIterable {
    case regularSeason = "Regular Season"
    case playIn = "Play-In"
    case playoffs = "Playoffs"
    case nbaCupFinal = "NBA Cup Final"

    /// The stored value of `label`, or `nil` for a label this build does not know.
    ///
    /// Accepts the stored values themselves and the labels sources use for the Cup final:
    /// basketball-reference's "IST Championship (not RS stats)" and the foreseeable variants
    /// ("NBA Cup Championship (not RS stats)", "In-Season Tournament Final", "Emirates NBA Cup
    /// Final", ...). A Cup label naming an earlier round (group, quarterfinal, semifinal) is a
    /// regular-season game.
    public init?(label: String) {
        if let exact = SeasonType(rawValue: label) {
            self = exact
            return
        }
        let text = label.lowercased().replacingOccurrences(of: "-", with: " ")
        let words = Set(text.split { !$0.isLetter && !$0.isNumber }.map(String.init))
        let namesTheCup =
            words.contains("ist") || text.contains("in season tournament") || text.contains("nba cup")
            || words.contains("cup")
        guard namesTheCup else { return nil }
        let earlierRound =
            ["semifinal", "semifinals", "quarterfinal", "quarterfinals", "group"]
            .contains { words.contains($0) } || text.contains("semi final") || text.contains("quarter final")
        if earlierRound {
            self = .regularSeason
        } else if words.contains("championship") || words.contains("final") || words.contains("finals")
            || text.contains("not rs")
        {
            self = .nbaCupFinal
        } else {
            return nil
        }
    }

    /// Whether the game counts in season averages, games played and the standings (the NBA Cup
    /// final does not; it still counts as a game played for rest, load and recent form).
    public var countsInSeasonStats: Bool { self != .nbaCupFinal }

    /// Whether a stored `season_type` value counts in season statistics (unknown values do).
    public static func countsInSeasonStats(_ stored: String) -> Bool {
        SeasonType(rawValue: stored)?.countsInSeasonStats ?? true
    }
}
