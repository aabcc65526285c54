import GRDB
import HindcastCore

/// Everything the context module may know for game day D, loaded in one pass: D's schedule, the
/// season's earlier games and summaries (strictly before D), D's official inactive list, the
/// box-score membership used as the player-set source, and D's pre-game snapshots.
///
/// Nothing dated D or later is read except D's schedule (teams, venue, start time), D's inactive
/// list, D's box-score membership (who was listed, never their stats) and D's pre-game snapshots.
struct ContextDay {
    struct Game {
        let gameCode: String
        let gameID: String
        let away: String
        let home: String
        let startTimeET: String?
        let seasonType: String
    }

    struct Listed {
        let lookup: String
        let universalID: String
        let name: String
        let team: String
        let gameCode: String
    }

    struct Quote {
        let lookup: String
        let universalID: String
        let team: String?
        let quote: PropLineQuote
    }

    struct GameLine {
        let gameCode: String
        let bookmaker: String
        let market: String
        let side: String
        let point: Double
        let capturedAt: String
    }

    struct Injury {
        let lookup: String
        let status: String
        let reason: String?
        let reportTime: String
    }

    let date: GameDate
    let seasonYear: Int
    let games: [Game]
    /// The season's schedule for every team, games dated up to and including D, scores only before D.
    let teamGames: [String: [TeamGame]]
    /// Season-to-date game summaries before D, per player lookup.
    let history: [String: [PlayerGame]]
    /// Names and ids of players seen in the season before D.
    let knownPlayers: [String: (universalID: String, name: String)]
    let teamForm: [String: [TeamFormGame]]
    let boxscore: [Listed]
    let inactive: [Listed]
    let quotes: [Quote]
    let gameLines: [GameLine]
    let injuries: [Injury]
    /// Imported context rows for D: lookup (or team) → (origin, payload JSON).
    let importedPlayers: [String: (origin: String, payload: String)]
    let importedTeams: [String: (origin: String, payload: String)]

    static func load(_ db: Database, date: GameDate) throws -> ContextDay? {
        let day = date.description
        let games = try Row.fetchAll(
            db,
            sql: """
                SELECT game_code, game_id, away_tricode, home_tricode, game_start_time_et, season_type, season_year
                FROM schedule WHERE game_date = ? ORDER BY game_code
                """, arguments: [day])
        guard let first = games.first else { return nil }
        let seasonYear: Int = first["season_year"]
        var teamGames: [String: [TeamGame]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT game_date, game_code, away_tricode, home_tricode, away_pts, home_pts FROM schedule
                WHERE season_year = ? AND game_date <= ? ORDER BY game_date
                """, arguments: [seasonYear, day])
        {
            let gameDate = GameDate(row[0] as String)!
            let scored = gameDate < date
            let away: String = row[2]
            let home: String = row[3]
            let awayPoints: Int? = scored ? row[4] : nil
            let homePoints: Int? = scored ? row[5] : nil
            teamGames[away, default: []].append(
                TeamGame(
                    date: gameDate, gameCode: row[1], opponent: home, isHome: false, arenaTeam: home,
                    points: awayPoints,
                    opponentPoints: homePoints))
            teamGames[home, default: []].append(
                TeamGame(
                    date: gameDate, gameCode: row[1], opponent: away, isHome: true, arenaTeam: home, points: homePoints,
                    opponentPoints: awayPoints))
        }
        var history: [String: [PlayerGame]] = [:]
        var known: [String: (String, String)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, universal_player_id, player_full_name, game_date, team_abbr, is_dnp, points,
                    minutes_played, usage_rate
                FROM player_game_summary WHERE season_year = ? AND game_date < ? ORDER BY game_date
                """, arguments: [seasonYear, day])
        {
            let lookup: String = row[0]
            let minutes: Double = row[7] ?? 0
            let isDNP: Bool = row[5]
            history[lookup, default: []].append(
                PlayerGame(
                    date: GameDate(row[3] as String)!, team: row[4], played: !isDNP && minutes > 0, points: row[6],
                    minutes: minutes, usageRate: row[8]))
            known[lookup] = (row[1], row[2])
        }
        var form: [String: [TeamFormGame]] = [:]
        var defense: [String: (Double?, Double?)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT defending_team_abbr, game_date, defensive_rating, opp_ft_attempts, opp_possessions
                FROM team_defense_game_summary WHERE season_year = ? AND game_date < ?
                """, arguments: [seasonYear, day])
        {
            let possessions: Double? = row[4]
            let attempts: Int? = row[3]
            let rate = (possessions ?? 0) > 0 && attempts != nil ? Double(attempts!) / possessions! * 100 : nil
            defense["\(row[0] as String)/\(row[1] as String)"] = (row[2], rate)
        }
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT team_abbr, game_date, pace, offensive_rating, rebounds, possessions
                FROM team_offense_game_summary WHERE season_year = ? AND game_date < ?
                """, arguments: [seasonYear, day])
        {
            let team: String = row[0]
            let possessions: Double? = row[5]
            let rebounds: Int? = row[4]
            let reboundRate = (possessions ?? 0) > 0 && rebounds != nil ? Double(rebounds!) / possessions! : nil
            let defensive = defense["\(team)/\(row[1] as String)"]
            form[team, default: []].append(
                TeamFormGame(
                    date: GameDate(row[1] as String)!, pace: row[2], offensiveRating: row[3],
                    reboundingRate: reboundRate,
                    defensiveRating: defensive?.0 ?? nil, freeThrowRateAllowed: defensive?.1 ?? nil))
        }
        func listed(_ table: String) throws -> [Listed] {
            try Row.fetchAll(
                db,
                sql: """
                    SELECT player_lookup, player_id_bbref, player_name, team_tricode, game_code FROM \(table)
                    WHERE game_date = ? AND player_name <> '' ORDER BY game_code, team_tricode, player_lookup
                    """, arguments: [day]
            ).map { Listed(lookup: $0[0], universalID: $0[1], name: $0[2], team: $0[3], gameCode: $0[4]) }
        }
        let quotes = try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, universal_player_id, team_tricode, bookmaker, line, over_price, under_price
                FROM prop_lines
                WHERE game_date = ? AND market = 'player_points' AND universal_player_id IS NOT NULL
                    AND (captured_at IS NULL OR captured_at < tipoff_utc)
                ORDER BY player_lookup, bookmaker, line
                """, arguments: [day]
        ).map {
            Quote(
                lookup: $0[0], universalID: $0[1], team: $0[2],
                quote: PropLineQuote(bookmaker: $0[3], line: $0[4], overPrice: $0[5], underPrice: $0[6]))
        }
        let lines = try Row.fetchAll(
            db,
            sql: """
                SELECT game_code, bookmaker, market, team_tricode, point, captured_at FROM game_lines
                WHERE game_date = ? ORDER BY game_code, bookmaker, market, team_tricode, captured_at
                """, arguments: [day]
        ).map {
            GameLine(gameCode: $0[0], bookmaker: $0[1], market: $0[2], side: $0[3], point: $0[4], capturedAt: $0[5])
        }
        let injuries = try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, status, reason, report_time FROM injury_reports WHERE game_date = ?
                ORDER BY player_lookup, report_time
                """, arguments: [day]
        ).map { Injury(lookup: $0[0], status: $0[1], reason: $0[2], reportTime: $0[3]) }
        var importedPlayers: [String: (String, String)] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT player_lookup, context_origin, payload FROM imported_player_context WHERE game_date = ?",
            arguments: [day])
        {
            importedPlayers[row[0]] = (row[1], row[2])
        }
        var importedTeams: [String: (String, String)] = [:]
        for row in try Row.fetchAll(
            db, sql: "SELECT team_abbr, context_origin, payload FROM imported_team_context WHERE game_date = ?",
            arguments: [day])
        {
            importedTeams[row[0]] = (row[1], row[2])
        }
        return ContextDay(
            date: date, seasonYear: seasonYear,
            games: games.map {
                Game(
                    gameCode: $0["game_code"], gameID: $0["game_id"], away: $0["away_tricode"],
                    home: $0["home_tricode"],
                    startTimeET: $0["game_start_time_et"], seasonType: $0["season_type"])
            },
            teamGames: teamGames, history: history, knownPlayers: known.mapValues { (universalID: $0.0, name: $0.1) },
            teamForm: form, boxscore: try listed("player_boxscores"), inactive: try listed("inactives"), quotes: quotes,
            gameLines: lines, injuries: injuries,
            importedPlayers: importedPlayers.mapValues { (origin: $0.0, payload: $0.1) },
            importedTeams: importedTeams.mapValues { (origin: $0.0, payload: $0.1) })
    }

    /// The game a team plays on D.
    func game(of team: String) -> Game? { games.first { $0.away == team || $0.home == team } }
}
