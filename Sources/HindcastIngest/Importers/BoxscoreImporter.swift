import GRDB
import HindcastCore
import HindcastStore

/// Imports basketball-reference player box scores (every listed player, DNPs included).
enum BoxscoreImporter {
    static let columns: [PlayerBoxscoresColumn] = [
        .season, .seasonType, .gameDate, .gameCode, .team, .teamTricode, .opponent, .oppTricode, .isHome, .starter,
        .playerIdBbref, .playerName, .played, .dnpReason, .mp, .minutes, .fg, .fga, .fg3, .fg3a, .ft, .fta, .orb, .drb,
        .trb, .ast, .stl, .blk, .tov, .pf, .pts, .plusMinus,
    ]
    static let statColumns: [PlayerBoxscoresColumn] = [
        .fg, .fga, .fg3, .fg3a, .ft, .fta, .orb, .drb, .trb, .ast, .stl, .blk, .tov, .pf, .pts,
    ]

    struct Row {
        let line: Int
        let values: TableRow<PlayerBoxscoresColumn>
        let gameCode: String
        let team: String
        let playerID: String
        let name: String
        let date: String
        let seconds: Int?
    }

    static func run(_ file: CSVFile, db: Database) throws -> ImportReport {
        try file.require(columns.map(\.name))
        var rows: [Row] = []
        var firstLine: [String: Int] = [:]
        try file.forEachRecord { fields in
            let row = try parse(fields)
            let key = "\(row.gameCode)/\(row.playerID)"
            if let earlier = firstLine[key] {
                throw IngestError(
                    file: file.path, line: fields.line,
                    problem: "duplicate player-game: \(row.playerID) in \(row.gameCode) (also on line \(earlier))")
            }
            firstLine[key] = fields.line
            rows.append(row)
        }
        try checkMinutes(rows, file: file, db: db)

        var registry = try PlayerRegistry.load(db)
        let writeColumns = columns + [.gameId, .seasonYear, .playerLookup]
        var upsert = try Upsert(db, columns: writeColumns, key: [.gameCode, .playerIdBbref])
        for row in rows.sorted(by: { ($0.date, $0.line) < ($1.date, $1.line) }) {
            let lookup = try registry.register(universalID: row.playerID, name: row.name, date: row.date, db: db)
            var values = row.values
            values[.playerLookup] = lookup
            try upsert.write(values, db: db)
        }
        let delta = try upsert.delta(db)
        var firstLineOfTeam: [String: Int] = [:]
        for row in rows where firstLineOfTeam["\(row.gameCode)/\(row.team)"] == nil {
            firstLineOfTeam["\(row.gameCode)/\(row.team)"] = row.line
        }
        if let mismatch = try ScoreCheck.firstMismatch(db, games: Set(rows.map(\.gameCode))) {
            throw IngestError(
                file: file.path, line: firstLineOfTeam["\(mismatch.gameCode)/\(mismatch.team)"] ?? 0,
                problem: mismatch.description)
        }
        if let conflict = try PlayedWhileInactive.first(db, games: Set(rows.map(\.gameCode))) {
            throw IngestError(
                file: file.path, line: firstLine["\(conflict.gameCode)/\(conflict.playerID)"] ?? 0,
                problem: conflict.description(listedIn: .boxscores))
        }
        try Rematch.run(db)
        return ImportReport(
            kind: .boxscores, file: file.path, rowsRead: rows.count, inserted: delta.inserted, updated: delta.updated,
            dates: Array(Set(rows.map(\.date))).sorted())
    }

    static func parse(_ fields: CSVFields) throws -> Row {
        let seasonYear = try RowChecks.seasonYear(fields)
        let date = try fields.date("game_date")
        try RowChecks.dateInSeason(date, seasonYear: seasonYear, fields: fields)
        let seasonType = try RowChecks.seasonType(fields)
        let team = try RowChecks.team(fields, code: "team", tricode: "team_tricode")
        let opponent = try RowChecks.team(fields, code: "opponent", tricode: "opp_tricode")
        guard team != opponent else { throw fields.error("team and opponent are both \(team.bbrefCode)") }
        let isHome = try fields.flag("is_home")
        let home = isHome ? team : opponent
        let away = isHome ? opponent : team
        let gameCode = try RowChecks.gameCode(fields, date: date, home: home)
        let playerID = try fields.requiredText("player_id_bbref")
        let name = try fields.requiredText("player_name")
        let played = try fields.flag("played")
        var values: TableRow<PlayerBoxscoresColumn> = [
            .season: fields.text("season"), .seasonType: seasonType, .gameDate: date, .gameCode: gameCode,
            .team: team.bbrefCode, .teamTricode: team.tricode, .opponent: opponent.bbrefCode,
            .oppTricode: opponent.tricode, .isHome: isHome, .starter: try fields.flag("starter"),
            .playerIdBbref: playerID, .playerName: name, .played: played,
            .dnpReason: fields.optionalText("dnp_reason"),
            .gameId: RowChecks.gameID(date: date, away: away, home: home),
            .seasonYear: seasonYear,
        ]
        var seconds: Int?
        if played {
            let mp = try RowChecks.seconds(fields, "mp")
            seconds = mp
            guard let minutes = try fields.optionalDouble("minutes") else { throw fields.error("minutes is empty") }
            guard abs(minutes - Double(mp) / 60) < 0.01 else {
                throw fields.error("minutes \(minutes) disagree with mp \(fields.text("mp"))")
            }
            values[.mp] = fields.text("mp")
            values[.minutes] = minutes
            var stats: [String: Int] = [:]
            for column in statColumns {
                guard let value = try fields.optionalCount(column.name) else {
                    throw fields.error("\(column.name) is empty for a player who played")
                }
                stats[column.name] = value
                values[column] = value
            }
            values[.plusMinus] = try fields.optionalInt("plus_minus")
            try checkStats(stats, fields: fields)
        } else {
            let given = (statColumns + [.mp, .minutes]).map(\.name).filter { !fields.text($0).isEmpty }
            if !given.isEmpty {
                throw fields.error(
                    "played is 0 but \(given.joined(separator: ", ")) \(given.count == 1 ? "is" : "are") given")
            }
        }
        return Row(
            line: fields.line, values: values, gameCode: gameCode, team: team.tricode, playerID: playerID, name: name,
            date: date, seconds: seconds)
    }

    /// Refuses box-score lines that cannot be true.
    static func checkStats(_ s: [String: Int], fields: CSVFields) throws {
        func require(_ condition: Bool, _ problem: String) throws {
            if !condition { throw fields.error("impossible stats: \(problem)") }
        }
        try require(s["fg"]! <= s["fga"]!, "fg \(s["fg"]!) > fga \(s["fga"]!)")
        try require(s["fg3"]! <= s["fg3a"]!, "fg3 \(s["fg3"]!) > fg3a \(s["fg3a"]!)")
        try require(s["fg3a"]! <= s["fga"]!, "fg3a \(s["fg3a"]!) > fga \(s["fga"]!)")
        try require(s["fg3"]! <= s["fg"]!, "fg3 \(s["fg3"]!) > fg \(s["fg"]!)")
        try require(s["ft"]! <= s["fta"]!, "ft \(s["ft"]!) > fta \(s["fta"]!)")
        try require(s["trb"]! == s["orb"]! + s["drb"]!, "trb \(s["trb"]!) is not orb + drb")
        let points = 2 * s["fg"]! + s["fg3"]! + s["ft"]!
        try require(s["pts"]! == points, "pts \(s["pts"]!) but 2·fg + fg3 + ft = \(points)")
        try require(s["pf"]! <= 6, "pf \(s["pf"]!) is more than the six fouls that disqualify")
    }

    /// Refuses a player whose minutes exceed the game's length: 48 minutes plus 5 per overtime,
    /// overtimes from the schedule when the game is there, else from the team's total minutes.
    static func checkMinutes(_ rows: [Row], file: CSVFile, db: Database) throws {
        var teamSeconds: [String: Int] = [:]
        for row in rows { teamSeconds["\(row.gameCode)/\(row.team)", default: 0] += row.seconds ?? 0 }
        var scheduled: [String: Int] = [:]
        for row in try GRDB.Row.fetchAll(
            db, sql: "SELECT game_code, overtimes FROM schedule WHERE overtimes IS NOT NULL")
        {
            scheduled[row["game_code"]] = row["overtimes"]
        }
        for row in rows {
            guard let seconds = row.seconds else { continue }
            let overtimes: Int
            if let known = scheduled[row.gameCode] {
                overtimes = known
            } else {
                overtimes = GameLength.estimatedOvertimes(teamSeconds: teamSeconds["\(row.gameCode)/\(row.team)"] ?? 0)
            }
            let limit = GameLength.minutes(overtimes: overtimes) * 60
            if seconds > limit {
                throw IngestError(
                    file: file.path, line: row.line,
                    problem:
                        "minutes \(seconds / 60):\(String(format: "%02d", seconds % 60)) exceed the game length of \(limit / 60):00 (\(overtimes) overtime\(overtimes == 1 ? "" : "s"))"
                )
            }
        }
    }
}
