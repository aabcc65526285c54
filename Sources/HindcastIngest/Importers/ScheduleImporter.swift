import GRDB
import HindcastCore
import HindcastStore

/// Imports the published schedule (`schedule.csv`) and the games list (`games.csv`) into the one
/// `schedule` table, each filling its own columns; the two must agree on date, teams and score.
enum ScheduleImporter {
    enum Source {
        case schedule
        case games

        var columns: [String] {
            switch self {
            case .schedule:
                return [
                    "season", "season_type", "game_date", "game_start_time", "game_code", "visitor_team",
                    "visitor_tricode", "visitor_team_name", "visitor_pts", "home_team", "home_tricode",
                    "home_team_name",
                    "home_pts", "overtimes", "attendance", "arena_name", "game_remarks",
                ]
            case .games:
                return [
                    "season", "season_type", "game_date", "game_code", "away_team", "away_tricode", "home_team",
                    "home_tricode", "away_team_name", "home_team_name", "away_pts", "home_pts", "away_record_after",
                    "home_record_after", "start_time_local", "arena_location", "attendance", "time_of_game",
                    "officials",
                ]
            }
        }

        var awayPrefix: String { self == .schedule ? "visitor" : "away" }
        var kind: ImportKind { self == .schedule ? .schedule : .games }
    }

    /// Columns both files fill: a value one file leaves empty keeps what the other said (the real
    /// schedule has attendance 0 for games behind closed doors where games.csv has none).
    static let sharedColumns: [ScheduleColumn] = [.awayTeamName, .homeTeamName, .awayPts, .homePts, .attendance]

    /// The `schedule` columns a file of this source writes, every row alike (an empty value is NULL).
    static func tableColumns(_ source: Source) -> [ScheduleColumn] {
        let shared: [ScheduleColumn] = [
            .gameCode, .gameId, .gameDate, .season, .seasonYear, .seasonType, .awayTeam, .awayTricode,
            .awayTeamName, .homeTeam, .homeTricode, .homeTeamName, .awayPts, .homePts, .attendance,
        ]
        switch source {
        case .schedule:
            return shared + [
                .gameStartTimeEt, .tipoffUtc, .overtimes, .arenaName, .gameRemarks, .fromScheduleFile,
            ]
        case .games:
            return shared + [
                .awayRecordAfter, .homeRecordAfter, .startTimeLocal, .arenaLocation, .timeOfGame,
                .officials, .fromGamesFile,
            ]
        }
    }

    static func run(_ file: CSVFile, source: Source, db: Database) throws -> ImportReport {
        try file.require(source.columns)
        var seen: [String: Int] = [:]
        var dates: Set<String> = []
        var upsert = try Upsert(db, columns: tableColumns(source), key: [.gameCode], keepWhenEmpty: sharedColumns)
        try file.forEachRecord { fields in
            let values = try parse(fields, source: source)
            let code = String.fromDatabaseValue(values.value(.gameCode))!
            if let earlier = seen[code] {
                throw fields.error("duplicate game \(code) (also on line \(earlier))")
            }
            seen[code] = fields.line
            try checkAgainstExisting(values, fields: fields, db: db)
            dates.insert(String.fromDatabaseValue(values.value(.gameDate))!)
            try upsert.write(values, db: db)
        }
        let delta = try upsert.delta(db)
        if let mismatch = try ScoreCheck.firstMismatch(db, games: Set(seen.keys)) {
            throw IngestError(file: file.path, line: seen[mismatch.gameCode] ?? 0, problem: mismatch.description)
        }
        return ImportReport(
            kind: source.kind, file: file.path, rowsRead: seen.count, inserted: delta.inserted, updated: delta.updated,
            dates: dates.sorted())
    }

    static func parse(_ fields: CSVFields, source: Source) throws -> TableRow<ScheduleColumn> {
        let seasonYear = try RowChecks.seasonYear(fields)
        let date = try fields.date("game_date")
        try RowChecks.dateInSeason(date, seasonYear: seasonYear, fields: fields)
        let seasonType = try RowChecks.seasonType(fields)
        let prefix = source.awayPrefix
        let away = try RowChecks.team(fields, code: "\(prefix)_team", tricode: "\(prefix)_tricode")
        let home = try RowChecks.team(fields, code: "home_team", tricode: "home_tricode")
        guard away != home else { throw fields.error("a team cannot play itself (\(home.bbrefCode))") }
        let code = try RowChecks.gameCode(fields, date: date, home: home)
        var values: TableRow<ScheduleColumn> = [
            .gameCode: code, .gameId: RowChecks.gameID(date: date, away: away, home: home), .gameDate: date,
            .season: fields.text("season"), .seasonYear: seasonYear, .seasonType: seasonType,
            .awayTeam: away.bbrefCode, .awayTricode: away.tricode,
            .awayTeamName: fields.optionalText("\(prefix)_team_name"),
            .homeTeam: home.bbrefCode, .homeTricode: home.tricode,
            .homeTeamName: fields.optionalText("home_team_name"),
            .awayPts: try fields.optionalCount("\(prefix)_pts"), .homePts: try fields.optionalCount("home_pts"),
            .attendance: try fields.optionalCount("attendance"),
        ]
        if !values.value(.awayPts).isNull, values.value(.awayPts) == values.value(.homePts) {
            throw fields.error(
                "a final score cannot be a tie (\(fields.text("\(prefix)_pts"))-\(fields.text("home_pts")))")
        }
        switch source {
        case .schedule:
            let start = fields.optionalText("game_start_time")
            values[.gameStartTimeEt] = start
            if let start {
                guard let tipoff = ScheduledTipoff.utc(date: GameDate(date)!, easternStart: start) else {
                    throw fields.error("bad game_start_time \"\(start)\" (expected e.g. 7:30p)")
                }
                values[.tipoffUtc] = tipoff
            }
            values[.overtimes] = try RowChecks.overtimes(fields, "overtimes")
            values[.arenaName] = fields.optionalText("arena_name")
            values[.gameRemarks] = fields.optionalText("game_remarks")
            values[.fromScheduleFile] = 1
        case .games:
            values[.awayRecordAfter] = fields.optionalText("away_record_after")
            values[.homeRecordAfter] = fields.optionalText("home_record_after")
            values[.startTimeLocal] = fields.optionalText("start_time_local")
            values[.arenaLocation] = fields.optionalText("arena_location")
            values[.timeOfGame] = fields.optionalText("time_of_game")
            values[.officials] = fields.optionalText("officials")
            values[.fromGamesFile] = 1
        }
        return values
    }

    /// Refuses a row that contradicts what the other file already said about the game.
    static func checkAgainstExisting(
        _ values: TableRow<ScheduleColumn>, fields: CSVFields, db: Database
    ) throws {
        guard
            let existing = try GRDB.Row.fetchOne(
                db,
                sql:
                    "SELECT game_date, away_tricode, home_tricode, away_pts, home_pts FROM schedule WHERE game_code = ?",
                arguments: [values.value(.gameCode)])
        else { return }
        let compared: [ScheduleColumn] = [.gameDate, .awayTricode, .homeTricode, .awayPts, .homePts]
        for (index, column) in compared.enumerated() {
            let stored = existing[index] as DatabaseValue
            let incoming = values.value(column)
            if !stored.isNull && !incoming.isNull && stored != incoming {
                throw fields.error(
                    "game \(String.fromDatabaseValue(values.value(.gameCode)) ?? "") conflicts with the warehouse: \(column.name) is \(stored) there, \(incoming) here"
                )
            }
        }
    }
}
