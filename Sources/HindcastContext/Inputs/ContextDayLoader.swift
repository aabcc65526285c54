import GRDB
import HindcastCore

extension ContextDay {
    /// Loads D's inputs. `players: false` loads only what team context needs (schedule, inactive
    /// list, game lines, injury reports, imported team rows); imported team rows are loaded only
    /// then (player context does not declare, and so must not read, them). `nil` when no game is
    /// scheduled on D.
    static func load(_ db: Database, request: ProcessorRequest, players: Bool = true) throws -> ContextDay? {
        let date = request.date
        let day = date.description
        var games: [Game] = []
        var seasonYear = 0
        let scheduled = try Row.fetchCursor(
            db,
            sql: """
                SELECT game_code, game_id, away_tricode, home_tricode, game_start_time_et, season_type, season_year
                FROM schedule WHERE game_date = ? ORDER BY game_code
                """, arguments: [day])
        while let row = try scheduled.next() {
            games.append(
                Game(
                    gameCode: row[0], gameID: row[1], away: row[2], home: row[3], startTimeET: row[4],
                    seasonType: row[5]))
            seasonYear = row[6]
        }
        guard !games.isEmpty else { return nil }
        let estimating = request.profile.context.estimateLines
        var inputs = players ? try PlayerInputs.load(db, request: request, seasonYear: seasonYear) : PlayerInputs()
        if !players && estimating {
            inputs.history = try request.history.playerLog(db, from: request.seasonStart, before: request.date)
        }
        let schedule = try teamGames(db, date: date, season: seasonYear)
        var context = ContextDay(
            date: date, seasonYear: seasonYear, games: games,
            teamGames: schedule,
            history: inputs.history, teamForm: inputs.form, boxscore: inputs.boxscore,
            inactive: try listed(db, "inactives", day: day), quotes: inputs.quotes,
            gameLines: try gameLines(db, day: day),
            injuries: try injuries(db, day: day), importedPlayers: inputs.imported,
            importedTeams: players ? [:] : try imported(db, "imported_team_context", key: "team_abbr", day: day))
        if estimating { context.prior = try PriorSnapshots.load(db, request: request, games: schedule) }
        return request.profile.context.hideSnapshots ? context.hidingSnapshots() : context
    }

    /// The season's schedule up to D, from each team's side; scores only for games before D. Each
    /// game is placed at its real venue (a neutral site when the schedule names one).
    static func teamGames(_ db: Database, date: GameDate, season: Int) throws -> [String: [TeamGame]] {
        var teamGames: [String: [TeamGame]] = [:]
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT game_date, game_code, away_tricode, home_tricode, away_pts, home_pts, season_type, arena_name,
                    arena_location
                FROM schedule WHERE season_year = ? AND game_date <= ? ORDER BY game_date
                """, arguments: [season, date.description])
        while let row = try rows.next() {
            let gameDate = GameDate(row[0] as String)!
            let scored = gameDate < date
            let away: String = row[2]
            let home: String = row[3]
            let awayPoints: Int? = scored ? row[4] : nil
            let homePoints: Int? = scored ? row[5] : nil
            let counts = SeasonType.countsInSeasonStats(row[6])
            guard let homeTeam = TeamDirectory.team(tricode: home) else { continue }
            let venue = Venue.of(home: homeTeam, arenaName: row[7], arenaLocation: row[8])
            teamGames[away, default: []].append(
                TeamGame(
                    date: gameDate, gameCode: row[1], opponent: home, isHome: false, venue: venue,
                    countsInStandings: counts, points: awayPoints, opponentPoints: homePoints))
            teamGames[home, default: []].append(
                TeamGame(
                    date: gameDate, gameCode: row[1], opponent: away, isHome: true, venue: venue,
                    countsInStandings: counts, points: homePoints, opponentPoints: awayPoints))
        }
        return teamGames
    }

    /// Players listed in `table` (box scores or inactive lists) on D.
    static func listed(_ db: Database, _ table: String, day: String) throws -> [Listed] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, player_id_bbref, player_name, team_tricode, game_code FROM \(table)
                WHERE game_date = ? AND player_name <> '' ORDER BY game_code, team_tricode, player_lookup
                """, arguments: [day]
        ).map { Listed(lookup: $0[0], universalID: $0[1], name: $0[2], team: $0[3], gameCode: $0[4]) }
    }

    /// SQL: a snapshot stamped `time` was taken before `tipoff`, the tip-off of its game.
    static func preGame(_ time: String, _ tipoff: String) -> String {
        ScheduledTipoff.beforeSQL(time, tipoff)
    }

    /// D's game-line snapshots captured before their game's tip-off.
    static func gameLines(_ db: Database, day: String) throws -> [GameLine] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT game_code, bookmaker, market, team_tricode, point, captured_at FROM game_lines
                WHERE game_date = ? AND \(preGame("captured_at", ScheduledTipoff.tipoffSQL(date: "game_lines.game_date", gameCode: "game_lines.game_code")))
                ORDER BY game_code, bookmaker, market, team_tricode, captured_at
                """, arguments: [day]
        ).map {
            GameLine(gameCode: $0[0], bookmaker: $0[1], market: $0[2], side: $0[3], point: $0[4], capturedAt: $0[5])
        }
    }

    /// The latest injury report per player on D filed before his team's tip-off.
    static func injuries(_ db: Database, day: String) throws -> [String: Injury] {
        var latest: [String: Injury] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, team_tricode, status, reason, report_time FROM injury_reports
                WHERE game_date = ? AND \(preGame("report_time", ScheduledTipoff.tipoffSQL(date: "injury_reports.game_date", team: "injury_reports.team_tricode")))
                ORDER BY player_lookup, report_time
                """, arguments: [day])
        {
            latest[row[0]] = Injury(lookup: row[0], team: row[1], status: row[2], reason: row[3], reportTime: row[4])
        }
        return latest
    }

    /// Imported context rows of D, except those captured at or after their game's tip-off.
    static func imported(
        _ db: Database, _ table: String, key: String, day: String
    ) throws
        -> [String: (origin: String, payload: String)]
    {
        let team = key == "team_abbr" ? "\(table).team_abbr" : "json_extract(\(table).payload, '$.team_abbr')"
        var rows: [String: (origin: String, payload: String)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT \(key), context_origin, payload FROM \(table) WHERE game_date = ?
                    AND (captured_at IS NULL OR \(preGame("captured_at", ScheduledTipoff.tipoffSQL(date: "\(table).game_date", team: team))))
                """, arguments: [day])
        {
            rows[row[0]] = (row[1], row[2])
        }
        return rows
    }
}

/// The player-level inputs of a context day.
struct PlayerInputs {
    var history = PlayerGameLog(entries: [:])
    var form: [String: [TeamFormGame]] = [:]
    var boxscore: [ContextDay.Listed] = []
    var quotes: [String: [ContextDay.Quote]] = [:]
    var imported: [String: (origin: String, payload: String)] = [:]

    static func load(_ db: Database, request: ProcessorRequest, seasonYear: Int) throws -> PlayerInputs {
        let day = request.date.description
        var inputs = PlayerInputs()
        inputs.history = try request.history.playerLog(db, from: request.seasonStart, before: request.date)
        inputs.form = try teamForm(db, season: seasonYear, day: day)
        inputs.boxscore = try ContextDay.listed(db, "player_boxscores", day: day)
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT player_lookup, universal_player_id, team_tricode, bookmaker, line, over_price, under_price
                FROM prop_lines
                WHERE game_date = ? AND \(ObservedPropLines.condition)
                ORDER BY player_lookup, bookmaker, line
                """, arguments: [day])
        {
            let quote = ContextDay.Quote(
                lookup: row[0], universalID: row[1], team: row[2],
                quote: PropLineQuote(bookmaker: row[3], line: row[4], overPrice: row[5], underPrice: row[6]))
            inputs.quotes[quote.lookup, default: []].append(quote)
        }
        inputs.imported = try ContextDay.imported(db, "imported_player_context", key: "player_lookup", day: day)
        return inputs
    }

    /// Each team's earlier games this season from the offence and defence summaries.
    static func teamForm(_ db: Database, season: Int, day: String) throws -> [String: [TeamFormGame]] {
        var defense: [String: (Double?, Double?)] = [:]
        let defensive = try Row.fetchCursor(
            db,
            sql: """
                SELECT defending_team_abbr, game_date, defensive_rating, opp_ft_attempts, opp_possessions
                FROM team_defense_game_summary WHERE season_year = ? AND game_date < ?
                """, arguments: [season, day])
        while let row = try defensive.next() {
            let possessions: Double? = row[4]
            let attempts: Int? = row[3]
            let rate = (possessions ?? 0) > 0 && attempts != nil ? Double(attempts!) / possessions! * 100 : nil
            defense["\(row[0] as String)/\(row[1] as String)"] = (row[2], rate)
        }
        var form: [String: [TeamFormGame]] = [:]
        let offensive = try Row.fetchCursor(
            db,
            sql: """
                SELECT team_abbr, game_date, pace, offensive_rating, rebounds, possessions
                FROM team_offense_game_summary WHERE season_year = ? AND game_date < ?
                """, arguments: [season, day])
        while let row = try offensive.next() {
            let team: String = row[0]
            let date: String = row[1]
            let possessions: Double? = row[5]
            let rebounds: Int? = row[4]
            let reboundRate = (possessions ?? 0) > 0 && rebounds != nil ? Double(rebounds!) / possessions! : nil
            let defensive = defense["\(team)/\(date)"]
            form[team, default: []].append(
                TeamFormGame(
                    date: GameDate(date)!, pace: row[2], offensiveRating: row[3], reboundingRate: reboundRate,
                    defensiveRating: defensive?.0 ?? nil, freeThrowRateAllowed: defensive?.1 ?? nil))
        }
        return form
    }
}
