import GRDB
import HindcastCore
import HindcastStore

extension ContextDay {
    /// The schedule columns of D's games.
    static let gameColumns = ColumnSelection<ScheduleColumn>([
        .gameCode, .gameId, .awayTricode, .homeTricode, .gameStartTimeEt, .seasonType, .seasonYear,
    ])

    /// The schedule columns of the season's games from each team's side.
    static let teamGameColumns = ColumnSelection<ScheduleColumn>([
        .gameDate, .gameCode, .awayTricode, .homeTricode, .awayPts, .homePts, .seasonType, .arenaName,
        .arenaLocation,
    ])

    /// The game-line snapshot columns read.
    static let gameLineColumns = ColumnSelection<GameLinesColumn>([
        .gameCode, .bookmaker, .market, .teamTricode, .point, .capturedAt,
    ])

    /// The injury-report columns read.
    static let injuryColumns = ColumnSelection<InjuryReportsColumn>([
        .playerLookup, .teamTricode, .status, .reason, .reportTime,
    ])

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
                SELECT \(gameColumns.sql)
                FROM schedule WHERE game_date = ? ORDER BY game_code
                """, arguments: [day])
        while let row = try scheduled.next() {
            let column = gameColumns.index
            games.append(
                Game(
                    gameCode: row[column(.gameCode)], gameID: row[column(.gameId)], away: row[column(.awayTricode)],
                    home: row[column(.homeTricode)], startTimeET: row[column(.gameStartTimeEt)],
                    seasonType: row[column(.seasonType)]))
            seasonYear = row[column(.seasonYear)]
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
                SELECT \(teamGameColumns.sql)
                FROM schedule WHERE season_year = ? AND game_date <= ? ORDER BY game_date
                """, arguments: [season, date.description])
        while let row = try rows.next() {
            let column = teamGameColumns.index
            let gameDate = GameDate(row[column(.gameDate)] as String)!
            let scored = gameDate < date
            let away: String = row[column(.awayTricode)]
            let home: String = row[column(.homeTricode)]
            let awayPoints: Int? = scored ? row[column(.awayPts)] : nil
            let homePoints: Int? = scored ? row[column(.homePts)] : nil
            let counts = SeasonType.countsInSeasonStats(row[column(.seasonType)])
            let gameCode: String = row[column(.gameCode)]
            guard let homeTeam = TeamDirectory.team(tricode: home) else { continue }
            let venue = Venue.of(
                home: homeTeam, arenaName: row[column(.arenaName)], arenaLocation: row[column(.arenaLocation)])
            teamGames[away, default: []].append(
                TeamGame(
                    date: gameDate, gameCode: gameCode, opponent: home, isHome: false, venue: venue,
                    countsInStandings: counts, points: awayPoints, opponentPoints: homePoints))
            teamGames[home, default: []].append(
                TeamGame(
                    date: gameDate, gameCode: gameCode, opponent: away, isHome: true, venue: venue,
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
        ).map {
            Listed(
                lookup: $0["player_lookup"], universalID: $0["player_id_bbref"], name: $0["player_name"],
                team: $0["team_tricode"], gameCode: $0["game_code"])
        }
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
                SELECT \(gameLineColumns.sql) FROM game_lines
                WHERE game_date = ? AND \(ObservedGameLines.condition())
                ORDER BY game_code, bookmaker, market, team_tricode, captured_at
                """, arguments: [day]
        ).map { fetched in
            let row = SelectedRow(fetched, gameLineColumns)
            return GameLine(
                gameCode: row[.gameCode], bookmaker: row[.bookmaker], market: row[.market], side: row[.teamTricode],
                point: row[.point], capturedAt: row[.capturedAt])
        }
    }

    /// The latest injury report per player on D filed before his team's tip-off.
    static func injuries(_ db: Database, day: String) throws -> [String: Injury] {
        var latest: [String: Injury] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT \(injuryColumns.sql) FROM injury_reports
                WHERE game_date = ? AND \(preGame("report_time", ScheduledTipoff.tipoffSQL(date: "injury_reports.game_date", team: "injury_reports.team_tricode")))
                ORDER BY player_lookup, report_time
                """, arguments: [day])
        {
            let column = injuryColumns.index
            latest[row[column(.playerLookup)]] = Injury(
                lookup: row[column(.playerLookup)], team: row[column(.teamTricode)], status: row[column(.status)],
                reason: row[column(.reason)], reportTime: row[column(.reportTime)])
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
            rows[row[key]] = (row["context_origin"], row["payload"])
        }
        return rows
    }
}

/// The player-level inputs of a context day.
struct PlayerInputs {
    /// The prop-line columns of a player's quotes.
    static let quoteColumns = ColumnSelection<PropLinesColumn>([
        .playerLookup, .universalPlayerId, .teamTricode, .bookmaker, .line, .overPrice, .underPrice,
    ])

    /// The team defence summary columns of a team's form.
    static let defenseColumns = ColumnSelection<TeamDefenseGameSummaryColumn>([
        .defendingTeamAbbr, .gameDate, .defensiveRating, .oppFtAttempts, .oppPossessions,
    ])

    /// The team offence summary columns of a team's form.
    static let offenseColumns = ColumnSelection<TeamOffenseGameSummaryColumn>([
        .teamAbbr, .gameDate, .pace, .offensiveRating, .rebounds, .possessions,
    ])

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
                SELECT \(quoteColumns.sql)
                FROM prop_lines
                WHERE game_date = ? AND \(ObservedPropLines.condition)
                ORDER BY player_lookup, bookmaker, line
                """, arguments: [day])
        {
            let column = quoteColumns.index
            let quote = ContextDay.Quote(
                lookup: row[column(.playerLookup)], universalID: row[column(.universalPlayerId)],
                team: row[column(.teamTricode)],
                quote: PropLineQuote(
                    bookmaker: row[column(.bookmaker)], line: row[column(.line)], overPrice: row[column(.overPrice)],
                    underPrice: row[column(.underPrice)]))
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
                SELECT \(defenseColumns.sql)
                FROM team_defense_game_summary WHERE season_year = ? AND game_date < ?
                """, arguments: [season, day])
        while let row = try defensive.next() {
            let column = defenseColumns.index
            let possessions: Double? = row[column(.oppPossessions)]
            let attempts: Int? = row[column(.oppFtAttempts)]
            let rate = (possessions ?? 0) > 0 && attempts != nil ? Double(attempts!) / possessions! * 100 : nil
            let team: String = row[column(.defendingTeamAbbr)]
            let date: String = row[column(.gameDate)]
            defense["\(team)/\(date)"] = (row[column(.defensiveRating)], rate)
        }
        var form: [String: [TeamFormGame]] = [:]
        let offensive = try Row.fetchCursor(
            db,
            sql: """
                SELECT \(offenseColumns.sql)
                FROM team_offense_game_summary WHERE season_year = ? AND game_date < ?
                """, arguments: [season, day])
        while let row = try offensive.next() {
            let column = offenseColumns.index
            let team: String = row[column(.teamAbbr)]
            let date: String = row[column(.gameDate)]
            let possessions: Double? = row[column(.possessions)]
            let rebounds: Int? = row[column(.rebounds)]
            let reboundRate = (possessions ?? 0) > 0 && rebounds != nil ? Double(rebounds!) / possessions! : nil
            let defensive = defense["\(team)/\(date)"]
            form[team, default: []].append(
                TeamFormGame(
                    date: GameDate(date)!, pace: row[column(.pace)], offensiveRating: row[column(.offensiveRating)],
                    reboundingRate: reboundRate,
                    defensiveRating: defensive?.0 ?? nil, freeThrowRateAllowed: defensive?.1 ?? nil))
        }
        return form
    }
}
