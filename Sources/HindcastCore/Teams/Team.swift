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

    /// Great-circle distance in statute miles between two teams' arenas.
    public func miles(to other: Team) -> Double {
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
}
