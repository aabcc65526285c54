import Foundation
import HindcastStore

/// Arenas where the league plays games away from either team's home: the regular-season games
/// abroad and the NBA Cup final. A game is placed at one of these when its arena's name (any name
/// the arena has had) or its city appears in the schedule or games file.
public enum NeutralSites {
    struct Site {
        let venue: Venue
        /// Every name the arena has had, lower-cased.
        let names: [String]
        /// "city, country" (or state) as the games file writes it, lower-cased.
        let location: String
    }

    static let sites: [Site] = [
        Site(
            venue: Venue(
                name: "Mexico City Arena", latitude: 19.4869, longitude: -99.1833,
                utcOffsetHours: -6),
            names: ["mexico city arena", "arena ciudad de méxico", "arena cdmx"], location: "mexico city, mexico"),
        Site(
            venue: Venue(
                name: "AccorHotels Arena", latitude: 48.8386, longitude: 2.3786, utcOffsetHours: 1),
            names: ["accorhotels arena", "accor arena", "bercy arena", "paris bercy"], location: "paris, france"),
        Site(
            venue: Venue(
                name: "T-Mobile Arena", latitude: 36.1028, longitude: -115.1784,
                utcOffsetHours: -8),
            names: ["t-mobile arena"], location: "las vegas, nevada"),
        Site(
            venue: Venue(name: "The O2 Arena", latitude: 51.5030, longitude: 0.0032, utcOffsetHours: 0),
            names: ["the o2 arena", "o2 arena", "the o2"], location: "london, united kingdom"),
    ]

    /// The neutral site named by a schedule's `arena_name` or a games file's `arena_location`, if any.
    public static func site(arenaName: String?, arenaLocation: String?) -> Venue? {
        // Every date's loaders place the whole season's games again: each spelling is matched once.
        let key = ArenaSpelling(name: arenaName, location: arenaLocation)
        if let known = matched.withLock({ $0[key] }) { return known }
        let venue = match(arenaName: arenaName, arenaLocation: arenaLocation)
        matched.withLock { $0[key] = venue }
        return venue
    }

    /// A schedule's or games file's arena name and location, as written.
    private struct ArenaSpelling: Hashable {
        let name: String?
        let location: String?
    }

    /// What each spelling seen so far matched (`nil` inside: no neutral site).
    private static let matched = Locked([ArenaSpelling: Venue?]())

    private static func match(arenaName: String?, arenaLocation: String?) -> Venue? {
        let name = arenaName?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        let location = arenaLocation?.lowercased() ?? ""
        let locationArena = location.split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        for site in sites {
            if site.names.contains(name) || site.names.contains(locationArena) || location.hasSuffix(site.location) {
                return site.venue
            }
        }
        return nil
    }
}
