import GRDB
import HindcastCore
import HindcastStore

/// The zone analyses of a game day that the composite factors and the feature store consume.
struct ZoneInputs {
    struct PlayerZones {
        let primaryZone: String?
        let paintRate: Double?
        let midRangeRate: Double?
        let threeRate: Double?
    }

    struct TeamDefense {
        let paintVsLeague: Double?
        let midRangeVsLeague: Double?
        let threeVsLeague: Double?
        let weakestZone: String?
    }

    let players: [String: PlayerZones]
    let teams: [String: TeamDefense]

    /// Both analyses of `date` (the composite factors' inputs).
    static func load(_ db: Database, date: GameDate) throws -> ZoneInputs {
        ZoneInputs(players: try players(db, date: date), teams: try teams(db, date: date))
    }

    /// The player shot-zone analysis columns read.
    static let playerColumns = ColumnSelection<PlayerShotZoneAnalysisColumn>([
        .playerLookup, .primaryScoringZone, .paintRateLast10, .midRangeRateLast10, .threePtRateLast10,
    ])

    /// The team defence zone analysis columns read.
    static let teamColumns = ColumnSelection<TeamDefenseZoneAnalysisColumn>([
        .teamAbbr, .paintDefenseVsLeagueAvg, .midRangeDefenseVsLeagueAvg, .threePtDefenseVsLeagueAvg, .weakestZone,
    ])

    /// `date`'s player shot-zone analysis by player (all the daily cache needs).
    static func players(_ db: Database, date: GameDate) throws -> [String: PlayerZones] {
        var players: [String: PlayerZones] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT \(playerColumns.sql)
                FROM player_shot_zone_analysis WHERE analysis_date = ?
                """, arguments: [date.description])
        {
            let column = playerColumns.index
            players[row[column(.playerLookup)]] = PlayerZones(
                primaryZone: row[column(.primaryScoringZone)], paintRate: row[column(.paintRateLast10)],
                midRangeRate: row[column(.midRangeRateLast10)], threeRate: row[column(.threePtRateLast10)])
        }
        return players
    }

    /// `date`'s team defence zone analysis by team.
    static func teams(_ db: Database, date: GameDate) throws -> [String: TeamDefense] {
        var teams: [String: TeamDefense] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT \(teamColumns.sql)
                FROM team_defense_zone_analysis WHERE analysis_date = ?
                """, arguments: [date.description])
        {
            let column = teamColumns.index
            teams[row[column(.teamAbbr)]] = TeamDefense(
                paintVsLeague: row[column(.paintDefenseVsLeagueAvg)],
                midRangeVsLeague: row[column(.midRangeDefenseVsLeagueAvg)],
                threeVsLeague: row[column(.threePtDefenseVsLeagueAvg)], weakestZone: row[column(.weakestZone)])
        }
        return teams
    }

    /// The player's primary zone (paint when balanced or unknown), its usage rate and the
    /// opponent's allowed percentage in it versus the league.
    func mismatchInputs(player: String, opponent: String) -> (zone: String, rate: Double?, defense: Double?)? {
        guard let zones = players[player], let defense = teams[opponent] else { return nil }
        switch zones.primaryZone {
        case "mid_range": return ("mid_range", zones.midRangeRate, defense.midRangeVsLeague)
        case "perimeter": return ("perimeter", zones.threeRate, defense.threeVsLeague)
        default: return ("paint", zones.paintRate, defense.paintVsLeague)
        }
    }
}
