import GRDB

/// After new box scores or inactive lists arrive, resolves line, shot-zone and injury rows that
/// did not match a player before (files can be imported in any order).
enum Rematch {
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
                try db.execute(
                    sql: """
                        UPDATE prop_lines SET player_lookup = ?, universal_player_id = ?, match_status = ?, game_code = ?
                        WHERE rowid = ?
                        """,
                    arguments: [
                        match.lookup, match.universalID, match.status.rawValue, match.gameCode, row["row_id"] as Int64,
                    ])
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
                try db.execute(
                    sql: """
                        UPDATE shot_zones SET player_lookup = ?, universal_player_id = ?, game_code = ?,
                            match_status = 'matched' WHERE rowid = ?
                        """, arguments: [match.lookup, match.universalID, match.gameCode, row["row_id"] as Int64])
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
                try db.execute(
                    sql: "UPDATE injury_reports SET player_lookup = ?, universal_player_id = ? WHERE rowid = ?",
                    arguments: [match.lookup, id, row["row_id"] as Int64])
            }
        }
    }
}
