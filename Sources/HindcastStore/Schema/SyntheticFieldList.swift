import GRDB

/// How a list of synthetic context fields is stored (migration `v5-synthetic-field-bits`). The
/// list is almost always one of a few, in the order the context module writes its names, so a row
/// stores a bit per name of a frozen vocabulary; the JSON column readers see is generated from the
/// bits. A list the bits cannot spell (a name outside the vocabulary, another order, a repeat) is
/// stored as its own JSON text beside them, so every list reads back byte for byte as written.
public enum SyntheticFieldList {
    /// The names a bit can stand for, bit `i` for `vocabulary[i]`: the player-set marker and the
    /// snapshot-only fields, in the order the context module lists them. Frozen: the bits are
    /// stored, so this never changes (a new name is stored as text until a migration adds it).
    public static let vocabulary = [
        "player_set", "has_prop_line", "current_points_line", "prop_over_streak", "prop_under_streak",
        "game_spread", "game_total", "player_status", "player_age",
    ]

    /// The JSON text of the list the bits `mask` spell: `["a","b"]`, no spaces.
    public static func text(bits mask: Int64) -> String {
        let names = vocabulary.indices.filter { mask & (1 << $0) != 0 }.map { "\"\(vocabulary[$0])\"" }
        return "[" + names.joined(separator: ",") + "]"
    }

    /// The bits of every list the bits can spell, by its JSON text.
    private static let bitsByText: [String: Int64] = Dictionary(
        uniqueKeysWithValues: (0..<(Int64(1) << vocabulary.count)).map { (text(bits: $0), $0) })

    /// The bits spelling `text`, or `nil` when they cannot (the text is then stored as it is).
    public static func bits(of text: String) -> Int64? { bitsByText[text] }

    /// The SQL expression of the generated JSON column: the stored text when there is one, else the
    /// list the bits spell.
    static func generatedSQL(bits: String, text: String) -> String {
        let names = vocabulary.enumerated().map { index, name in
            "CASE WHEN \(bits) & \(1 << index) THEN ',\"\(name)\"' ELSE '' END"
        }
        return "CASE WHEN \(text) IS NOT NULL THEN \(text) ELSE '[' || substr(" + names.joined(separator: " || ")
            + ", 2) || ']' END"
    }
}
