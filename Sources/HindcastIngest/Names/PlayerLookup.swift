import Foundation

/// The reference pipeline's `player_lookup`: lower-case ASCII letters and digits only, with
/// diacritics folded ("Luka Dončić" → `lukadoncic`, "D'Angelo Russell" → `dangelorussell`).
public enum PlayerLookup {
    /// Letters that do not decompose into an ASCII base letter plus marks.
    private static let special: [Character: String] = [
        "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "æ": "ae", "Æ": "ae", "ß": "ss", "đ": "d", "Đ": "d",
        "ı": "i", "œ": "oe", "Œ": "oe", "þ": "th", "ð": "d",
    ]

    /// Generational suffixes that books and feeds add or drop.
    private static let suffixes = ["jr", "sr", "ii", "iii", "iv", "v"]

    /// Folds a display name into its lookup key.
    public static func fold(_ name: String) -> String {
        var result = ""
        result.reserveCapacity(name.utf8.count)
        for character in name {
            if let replacement = special[character] {
                result += replacement
                continue
            }
            for scalar in String(character).decomposedStringWithCompatibilityMapping.unicodeScalars {
                switch scalar.value {
                case 0x41...0x5A: result.unicodeScalars.append(Unicode.Scalar(scalar.value + 32)!)
                case 0x61...0x7A, 0x30...0x39: result.unicodeScalars.append(scalar)
                default: continue
                }
            }
        }
        return result
    }

    /// The lookup with a trailing generational suffix removed ("Xavier Tillman Sr." → `xaviertillman`).
    public static func foldWithoutSuffix(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0 == " " || $0 == "," })
        if words.count >= 3, let last = words.last, suffixes.contains(fold(String(last))) {
            return fold(words.dropLast().joined(separator: " "))
        }
        return fold(name)
    }
}
