import GRDB

/// `schedule` (`nba_raw`): one scheduled game: teams, tip-off, arena and final score, from the schedule and games files.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum ScheduleColumn: Int, TableColumn {
    case gameCode
    case gameId
    case gameDate
    case season
    case seasonYear
    case seasonType
    case awayTeam
    case awayTricode
    case awayTeamName
    case homeTeam
    case homeTricode
    case homeTeamName
    case awayPts
    case homePts
    case gameStartTimeEt
    case overtimes
    case arenaName
    case attendance
    case gameRemarks
    case startTimeLocal
    case arenaLocation
    case timeOfGame
    case officials
    case awayRecordAfter
    case homeRecordAfter
    case fromScheduleFile
    case fromGamesFile
    case tipoffUtc

    public static let table = TableDeclaration(
        Self.self, name: "schedule", dataset: .nbaRaw, kind: .raw,
        summary: "One scheduled game: teams, tip-off, arena and final score, from the schedule and games files.",
        key: [.gameCode], partition: .gameDate, unique: [[.gameId]],
        indexes: [
            IndexDeclaration("schedule_by_date", [.gameDate] as [Self]),
            IndexDeclaration("schedule_by_season", [.seasonYear, .gameDate] as [Self]),
        ])

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameCode: ColumnDeclaration("game_code", .text, .nullable, "Game code")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .season: ColumnDeclaration("season", .text, .notNull, "Season")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .notNull, "Season start year (2021 = 2021-22)")
        case .seasonType: ColumnDeclaration("season_type", .text, .notNull, "Season type")
        case .awayTeam: ColumnDeclaration("away_team", .text, .notNull, "Away team")
        case .awayTricode: ColumnDeclaration("away_tricode", .text, .notNull, "Away tricode")
        case .awayTeamName: ColumnDeclaration("away_team_name", .text, .nullable, "Away team name")
        case .homeTeam: ColumnDeclaration("home_team", .text, .notNull, "Home team")
        case .homeTricode: ColumnDeclaration("home_tricode", .text, .notNull, "Home tricode")
        case .homeTeamName: ColumnDeclaration("home_team_name", .text, .nullable, "Home team name")
        case .awayPts: ColumnDeclaration("away_pts", .integer, .nullable, "Away points")
        case .homePts: ColumnDeclaration("home_pts", .integer, .nullable, "Home points")
        case .gameStartTimeEt: ColumnDeclaration("game_start_time_et", .text, .nullable, "Game start time et")
        case .overtimes: ColumnDeclaration("overtimes", .integer, .nullable, "Overtimes")
        case .arenaName: ColumnDeclaration("arena_name", .text, .nullable, "Arena name")
        case .attendance: ColumnDeclaration("attendance", .integer, .nullable, "Attendance")
        case .gameRemarks: ColumnDeclaration("game_remarks", .text, .nullable, "Game remarks")
        case .startTimeLocal: ColumnDeclaration("start_time_local", .text, .nullable, "Start time local")
        case .arenaLocation: ColumnDeclaration("arena_location", .text, .nullable, "Arena location")
        case .timeOfGame: ColumnDeclaration("time_of_game", .text, .nullable, "Time of game")
        case .officials: ColumnDeclaration("officials", .text, .nullable, "Officials")
        case .awayRecordAfter: ColumnDeclaration("away_record_after", .text, .nullable, "Away record after")
        case .homeRecordAfter: ColumnDeclaration("home_record_after", .text, .nullable, "Home record after")
        case .fromScheduleFile:
            ColumnDeclaration("from_schedule_file", .integer, .notNull, "From schedule file", default: "0")
        case .fromGamesFile: ColumnDeclaration("from_games_file", .integer, .notNull, "From games file", default: "0")
        case .tipoffUtc: ColumnDeclaration("tipoff_utc", .timestamp, .nullable, "Scheduled tip-off (UTC)")
        }
    }
}
