import GRDB
import HindcastCore

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

    /// `date`'s player shot-zone analysis by player (all the daily cache needs).
    static func players(_ db: Database, date: GameDate) throws -> [String: PlayerZones] {
        var players: [String: PlayerZones] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, primary_scoring_zone, paint_rate_last_10, mid_range_rate_last_10,
                    three_pt_rate_last_10
                FROM player_shot_zone_analysis WHERE analysis_date = ?
                """, arguments: [date.description])
        {
            players[row[0]] = PlayerZones(
                primaryZone: row[1], paintRate: row[2], midRangeRate: row[3], threeRate: row[4])
        }
        return players
    }

    /// `date`'s team defence zone analysis by team.
    static func teams(_ db: Database, date: GameDate) throws -> [String: TeamDefense] {
        var teams: [String: TeamDefense] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT team_abbr, paint_defense_vs_league_avg, mid_range_defense_vs_league_avg,
                    three_pt_defense_vs_league_avg, weakest_zone
                FROM team_defense_zone_analysis WHERE analysis_date = ?
                """, arguments: [date.description])
        {
            teams[row[0]] = TeamDefense(
                paintVsLeague: row[1], midRangeVsLeague: row[2], threeVsLeague: row[3], weakestZone: row[4])
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
