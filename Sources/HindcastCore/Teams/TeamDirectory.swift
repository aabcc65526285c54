/// The 30 NBA teams of the 2021-22 and 2022-23 seasons with their home arenas.
public enum TeamDirectory {
    public static let all: [Team] = [
        Team(
            tricode: "ATL", bbrefCode: "ATL", names: ["Atlanta Hawks"], arena: "State Farm Arena", latitude: 33.7573,
            longitude: -84.3963, utcOffsetHours: -5),
        Team(
            tricode: "BOS", bbrefCode: "BOS", names: ["Boston Celtics"], arena: "TD Garden", latitude: 42.3662,
            longitude: -71.0621, utcOffsetHours: -5),
        Team(
            tricode: "BKN", bbrefCode: "BRK", names: ["Brooklyn Nets"], arena: "Barclays Center", latitude: 40.6826,
            longitude: -73.9754, utcOffsetHours: -5),
        Team(
            tricode: "CHA", bbrefCode: "CHO", names: ["Charlotte Hornets"], arena: "Spectrum Center", latitude: 35.2251,
            longitude: -80.8392, utcOffsetHours: -5),
        Team(
            tricode: "CHI", bbrefCode: "CHI", names: ["Chicago Bulls"], arena: "United Center", latitude: 41.8807,
            longitude: -87.6742, utcOffsetHours: -6),
        Team(
            tricode: "CLE", bbrefCode: "CLE", names: ["Cleveland Cavaliers"], arena: "Rocket Mortgage FieldHouse",
            latitude: 41.4965, longitude: -81.6882, utcOffsetHours: -5),
        Team(
            tricode: "DAL", bbrefCode: "DAL", names: ["Dallas Mavericks"], arena: "American Airlines Center",
            latitude: 32.7905, longitude: -96.8103, utcOffsetHours: -6),
        Team(
            tricode: "DEN", bbrefCode: "DEN", names: ["Denver Nuggets"], arena: "Ball Arena", latitude: 39.7487,
            longitude: -105.0077, utcOffsetHours: -7),
        Team(
            tricode: "DET", bbrefCode: "DET", names: ["Detroit Pistons"], arena: "Little Caesars Arena",
            latitude: 42.3411, longitude: -83.0553, utcOffsetHours: -5),
        Team(
            tricode: "GSW", bbrefCode: "GSW", names: ["Golden State Warriors"], arena: "Chase Center",
            latitude: 37.7680, longitude: -122.3877, utcOffsetHours: -8),
        Team(
            tricode: "HOU", bbrefCode: "HOU", names: ["Houston Rockets"], arena: "Toyota Center", latitude: 29.7508,
            longitude: -95.3621, utcOffsetHours: -6),
        Team(
            tricode: "IND", bbrefCode: "IND", names: ["Indiana Pacers"], arena: "Gainbridge Fieldhouse",
            latitude: 39.7640, longitude: -86.1555, utcOffsetHours: -5),
        Team(
            tricode: "LAC", bbrefCode: "LAC", names: ["LA Clippers", "Los Angeles Clippers"], arena: "Crypto.com Arena",
            latitude: 34.0430, longitude: -118.2673, utcOffsetHours: -8),
        Team(
            tricode: "LAL", bbrefCode: "LAL", names: ["Los Angeles Lakers"], arena: "Crypto.com Arena",
            latitude: 34.0430, longitude: -118.2673, utcOffsetHours: -8),
        Team(
            tricode: "MEM", bbrefCode: "MEM", names: ["Memphis Grizzlies"], arena: "FedExForum", latitude: 35.1382,
            longitude: -90.0506, utcOffsetHours: -6),
        Team(
            tricode: "MIA", bbrefCode: "MIA", names: ["Miami Heat"], arena: "FTX Arena", latitude: 25.7814,
            longitude: -80.1870, utcOffsetHours: -5),
        Team(
            tricode: "MIL", bbrefCode: "MIL", names: ["Milwaukee Bucks"], arena: "Fiserv Forum", latitude: 43.0451,
            longitude: -87.9172, utcOffsetHours: -6),
        Team(
            tricode: "MIN", bbrefCode: "MIN", names: ["Minnesota Timberwolves"], arena: "Target Center",
            latitude: 44.9795, longitude: -93.2761, utcOffsetHours: -6),
        Team(
            tricode: "NOP", bbrefCode: "NOP", names: ["New Orleans Pelicans"], arena: "Smoothie King Center",
            latitude: 29.9490, longitude: -90.0821, utcOffsetHours: -6),
        Team(
            tricode: "NYK", bbrefCode: "NYK", names: ["New York Knicks"], arena: "Madison Square Garden",
            latitude: 40.7505, longitude: -73.9934, utcOffsetHours: -5),
        Team(
            tricode: "OKC", bbrefCode: "OKC", names: ["Oklahoma City Thunder"], arena: "Paycom Center",
            latitude: 35.4634, longitude: -97.5151, utcOffsetHours: -6),
        Team(
            tricode: "ORL", bbrefCode: "ORL", names: ["Orlando Magic"], arena: "Amway Center", latitude: 28.5392,
            longitude: -81.3839, utcOffsetHours: -5),
        Team(
            tricode: "PHI", bbrefCode: "PHI", names: ["Philadelphia 76ers"], arena: "Wells Fargo Center",
            latitude: 39.9012, longitude: -75.1720, utcOffsetHours: -5),
        Team(
            tricode: "PHX", bbrefCode: "PHO", names: ["Phoenix Suns"], arena: "Footprint Center", latitude: 33.4457,
            longitude: -112.0712, utcOffsetHours: -7),
        Team(
            tricode: "POR", bbrefCode: "POR", names: ["Portland Trail Blazers"], arena: "Moda Center",
            latitude: 45.5316, longitude: -122.6668, utcOffsetHours: -8),
        Team(
            tricode: "SAC", bbrefCode: "SAC", names: ["Sacramento Kings"], arena: "Golden 1 Center", latitude: 38.5802,
            longitude: -121.4997, utcOffsetHours: -8),
        Team(
            tricode: "SAS", bbrefCode: "SAS", names: ["San Antonio Spurs"], arena: "AT&T Center", latitude: 29.4270,
            longitude: -98.4375, utcOffsetHours: -6),
        Team(
            tricode: "TOR", bbrefCode: "TOR", names: ["Toronto Raptors"], arena: "Scotiabank Arena", latitude: 43.6435,
            longitude: -79.3791, utcOffsetHours: -5),
        Team(
            tricode: "UTA", bbrefCode: "UTA", names: ["Utah Jazz"], arena: "Vivint Arena", latitude: 40.7683,
            longitude: -111.9011, utcOffsetHours: -7),
        Team(
            tricode: "WAS", bbrefCode: "WAS", names: ["Washington Wizards"], arena: "Capital One Arena",
            latitude: 38.8982, longitude: -77.0209, utcOffsetHours: -5),
    ]

    private static let byTricode = Dictionary(uniqueKeysWithValues: all.map { ($0.tricode, $0) })
    private static let byBBRef = Dictionary(uniqueKeysWithValues: all.map { ($0.bbrefCode, $0) })
    private static let byName = Dictionary(all.flatMap { team in team.names.map { ($0.lowercased(), team) } }) { a, _ in
        a
    }

    /// The team with this NBA tricode (BKN).
    public static func team(tricode: String) -> Team? { byTricode[tricode] }

    /// The team with this basketball-reference code (BRK).
    public static func team(bbrefCode: String) -> Team? { byBBRef[bbrefCode] }

    /// The team with this full name ("LA Clippers" or "Los Angeles Clippers").
    public static func team(named name: String) -> Team? { byName[name.lowercased()] }
}
