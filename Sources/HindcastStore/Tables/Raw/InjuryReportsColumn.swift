import GRDB

/// `injury_reports` (`nba_raw`): one player's status in one published injury report.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum InjuryReportsColumn: Int, TableColumn {
    case gameDate
    case reportTime
    case teamTricode
    case playerName
    case playerLookup
    case universalPlayerId
    case status
    case reason

    public static let table = TableDeclaration(
        Self.self, name: "injury_reports", dataset: .nbaRaw, kind: .raw,
        summary: "One player's status in one published injury report.", key: [.gameDate, .playerLookup, .reportTime],
        partition: .gameDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .reportTime: ColumnDeclaration("report_time", .timestamp, .notNull, "Report time")
        case .teamTricode: ColumnDeclaration("team_tricode", .text, .notNull, "Team tricode")
        case .playerName: ColumnDeclaration("player_name", .text, .notNull, "Player name")
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .status: ColumnDeclaration("status", .text, .notNull, "Status")
        case .reason: ColumnDeclaration("reason", .text, .nullable, "Reason")
        }
    }
}
