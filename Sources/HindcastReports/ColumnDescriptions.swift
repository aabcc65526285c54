import HindcastStore

/// The `description` of every column in an exported BigQuery schema: the shared columns (keys,
/// provenance, quality) in words, the rest from their name's parts (`points_avg_last_5` →
/// "points avg last 5"), always with the table and what its type means.
enum ColumnDescriptions {
    /// Columns whose meaning is the same in every table.
    static let shared: [String: String] = [
        "game_date": "Game day (US Eastern calendar date of the games)",
        "game_id": "Game id, YYYYMMDD_AWAY_HOME",
        "player_lookup": "Normalised player name, the player key across tables",
        "universal_player_id": "Stable player id from the player registry",
        "team_abbr": "Team tricode",
        "opponent_team_abbr": "Opponent team tricode",
        "season_year": "Season start year (2021 = 2021-22)",
        "context_origin":
            "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)",
        "synthetic_fields": "Fields of this row that are synthetic, as a JSON array of names",
        "synthetic_context_fields": "Context fields the row rests on that were synthetic, as a JSON array of names",
        "run_id": "The processor run that wrote the row (processor_run_history.run_id)",
        "input_fingerprint": "Fingerprint of the inputs the row was computed from",
        "data_quality_tier": "Quality tier of the row's inputs",
        "quality_score": "Quality score of the row's inputs, 0-100",
        "data_quality_issues": "Quality issues found in the row's inputs, as a JSON array",
        "processed_at": "When the row was computed (UTC)",
        "created_at": "When the row was created (UTC)",
        "captured_at": "When the snapshot was captured (UTC)",
        "tipoff_utc": "Scheduled tip-off (UTC)",
        "imported_at": "When the row was imported (UTC)",
    ]

    /// The description of column `name` of `table`, typed `type` in the schema.
    static func describe(_ name: String, table: TableInfo, type: String) -> String {
        var text = shared[name] ?? words(name)
        if name == table.dateColumn, shared[name] == nil { text += " (the table's partition date)" }
        switch type {
        case "BOOL": text += "; true/false (stored as 1/0)"
        case "JSON": if shared[name] == nil { text += "; JSON text" }
        case "TIMESTAMP": if shared[name] == nil { text += "; UTC" }
        default: break
        }
        return "\(text). \(table.qualifiedName)"
    }

    /// A column name in words, first letter capitalised, with common abbreviations spelled out.
    static func words(_ name: String) -> String {
        let spelled: [String: String] = [
            "pct": "percent", "avg": "average", "std": "standard deviation", "pts": "points", "fg": "field goals",
            "ft": "free throws", "3pt": "three-pointers", "mins": "minutes", "num": "number",
            "ppm": "points per minute",
            "ts": "true shooting", "efg": "effective field goal", "usg": "usage", "l5": "last 5", "l10": "last 10",
        ]
        let parts = name.split(separator: "_").map { spelled[String($0)] ?? String($0) }
        let sentence = parts.joined(separator: " ")
        return sentence.prefix(1).uppercased() + sentence.dropFirst()
    }
}
