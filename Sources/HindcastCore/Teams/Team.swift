import Foundation

/// An NBA team: the NBA tricode the pipeline uses (`team_abbr`), the basketball-reference code of
/// the raw files, its names, and its home arena's coordinates for travel distances.
public struct Team: Sendable, Hashable {
    /// NBA tricode (BKN, CHA, PHX), the `team_abbr` of every pipeline table.
    public let tricode: String
    /// basketball-reference code (BRK, CHO, PHO), as in the raw box scores.
    public let bbrefCode: String
    /// Full names the sources use.
    public let names: [String]
    public let arena: String
    public let latitude: Double
    public let longitude: Double
    /// Standard-time UTC offset of the arena, in hours (Phoenix keeps -7 all year).
    public let utcOffsetHours: Int

    /// The team's home arena as a venue.
    public var venue: Venue {
        Venue(name: arena, latitude: latitude, longitude: longitude, utcOffsetHours: utcOffsetHours)
    }

    /// Great-circle distance in statute miles between two teams' arenas.
    public func miles(to other: Team) -> Double { venue.miles(to: other.venue) }
}
