import Foundation

/// Where a game is played: an arena's name, coordinates and time zone. Travel distances and
/// time-zone changes are measured between venues, so a game the league designates as a team's home
/// game but plays elsewhere (Mexico City, Paris, the NBA Cup final in Las Vegas) is measured from
/// where it was really played.
public struct Venue: Sendable, Hashable {
    public let name: String
    public let latitude: Double
    public let longitude: Double
    /// Standard-time UTC offset, in hours (Phoenix keeps -7 all year; Paris is +1).
    public let utcOffsetHours: Int

    public init(name: String, latitude: Double, longitude: Double, utcOffsetHours: Int) {
        self.name = name
        self.latitude = latitude
        self.longitude = longitude
        self.utcOffsetHours = utcOffsetHours
    }

    /// Great-circle distance in statute miles to another venue.
    public func miles(to other: Venue) -> Double {
        let radius = 3958.8
        let toRadians = Double.pi / 180
        let phi1 = latitude * toRadians
        let phi2 = other.latitude * toRadians
        let deltaPhi = (other.latitude - latitude) * toRadians
        let deltaLambda = (other.longitude - longitude) * toRadians
        let a =
            sin(deltaPhi / 2) * sin(deltaPhi / 2) + cos(phi1) * cos(phi2) * sin(deltaLambda / 2) * sin(deltaLambda / 2)
        return radius * 2 * atan2(a.squareRoot(), (1 - a).squareRoot())
    }

    /// Hours between this venue's time zone and another's (standard time).
    public func timeZoneChange(to other: Venue) -> Int { abs(other.utcOffsetHours - utcOffsetHours) }

    /// The venue of a game whose designated home team is `home`: a known neutral site when the
    /// schedule's `arena_name` or the games list's `arena_location` ("Mexico City Arena, Mexico
    /// City, Mexico") names one, else the home team's arena.
    public static func of(home: Team, arenaName: String?, arenaLocation: String?) -> Venue {
        NeutralSites.site(arenaName: arenaName, arenaLocation: arenaLocation) ?? home.venue
    }
}
