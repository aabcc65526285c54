/// Short column names for date × processor grids: the reference's abbreviations (PGS, UPGC, ...),
/// else the initials of the id's words.
public enum ProcessorAbbreviations {
    static let known: [String: String] = [
        "player_game_summary": "PGS", "team_offense_game_summary": "TOGS", "team_defense_game_summary": "TDGS",
        "upcoming_player_game_context": "UPGC", "upcoming_team_game_context": "UTGC",
        "team_defense_zone_analysis": "TDZA", "player_shot_zone_analysis": "PSZA",
        "player_composite_factors": "PCF", "player_daily_cache": "PDC", "ml_feature_store": "MLFS",
        "player_prop_predictions": "PPP", "prediction_accuracy": "PA",
    ]

    /// The abbreviation of a processor id.
    public static func short(_ id: String) -> String {
        known[id] ?? id.split(separator: "_").compactMap(\.first).map { String($0).uppercased() }.joined()
    }

    /// `PGS = player_game_summary, ...` for the given ids.
    public static func legend(_ ids: [String]) -> String {
        ids.map { "\(short($0)) = \($0)" }.joined(separator: ", ")
    }
}
