/// Names that feeds spell so differently from basketball-reference that folding and suffix
/// stripping cannot match them. Each entry is a real player's id and the other spelling.
enum KnownAliases {
    static let entries: [(name: String, universalID: String, source: String)] = [
        ("Kenyon Martin Jr.", "martike04", "nba.com"),
        ("KJ Martin", "martike04", "basketball-reference"),
        // DraftKings' full first names for players the box scores list by their short names (2022-23).
        ("Cameron Thomas", "thomaca02", "draftkings"),
        ("Nicolas Claxton", "claxtni01", "draftkings"),
        ("Ishmail Wainright", "wainris01", "draftkings"),
        ("Nahshon Hyland", "hylanbo01", "draftkings"),
    ]
}
