import GRDB
import HindcastStore

/// After new box scores or inactive lists arrive, resolves line, shot-zone and injury rows that
/// did not match a player before (files can be imported in any order).
enum Rematch {
    static let updateLine = ColumnUpdate<PropLinesColumn>(
        [.value(.playerLookup), .value(.universalPlayerId), .value(.matchStatus), .value(.gameCode)], where: .rowID)
    static let updateZone = ColumnUpdate<ShotZonesColumn>(
        [.value(.playerLookup), .value(.universalPlayerId), .value(.gameCode), .value(.matchStatus)], where: .rowID)
    static let updateInjury = ColumnUpdate<InjuryReportsColumn>(
        [.value(.playerLookup), .value(.universalPlayerId)], where: .rowID)

    static func run(_ db: Database) throws {
        var matcher = PlayerMatcher(registry: try PlayerRegistry.load(db))
        let lines = try Row.fetchAll(
            db,
            sql: """
                SELECT rowid AS row_id, player_name, game_date, team_tricode, match_status, universal_player_id, game_code
                FROM prop_lines WHERE match_status <> 'boxscore'
                """)
        for row in lines {
            let match = try matcher.match(
                name: row["player_name"], date: row["game_date"], team: row["team_tricode"], db: db)
            if match.status.rawValue != (row["match_status"] as String)
                || match.universalID != (row["universal_player_id"] as String?)
            {
                try updateLine.execute(
                    [
                        .playerLookup: match.lookup, .universalPlayerId: match.universalID,
                        .matchStatus: match.status.rawValue, .gameCode: match.gameCode,
                    ], rowID: row["row_id"], db)
            }
        }
        let zones = try Row.fetchAll(
            db,
            sql:
                "SELECT rowid AS row_id, player_name, game_date, team_tricode FROM shot_zones WHERE match_status = 'unmatched'"
        )
        for row in zones {
            let match = try matcher.match(
                name: row["player_name"], date: row["game_date"], team: row["team_tricode"], db: db)
            if match.status == .boxscore {
                try updateZone.execute(
                    [
                        .playerLookup: match.lookup, .universalPlayerId: match.universalID, .gameCode: match.gameCode,
                        .matchStatus: "matched",
                    ], rowID: row["row_id"], db)
            }
        }
        let injuries = try Row.fetchAll(
            db,
            sql:
                "SELECT rowid AS row_id, player_name, game_date, team_tricode FROM injury_reports WHERE universal_player_id IS NULL"
        )
        for row in injuries {
            let match = try matcher.match(
                name: row["player_name"], date: row["game_date"], team: row["team_tricode"], db: db)
            if let id = match.universalID {
                try updateInjury.execute(
                    [.playerLookup: match.lookup, .universalPlayerId: id], rowID: row["row_id"], db)
            }
        }
    }
}
