import GRDB

/// `inactives` (`nba_raw`): one player on a team's official inactive list for one game.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum InactivesColumn: Int, TableColumn {
    case gameCode
    case gameId
    case gameDate
    case season
    case seasonType
    case team
    case teamTricode
    case playerIdBbref
    case playerName
    case playerLookup

    public static let table = TableDeclaration(
        Self.self, name: "inactives", dataset: .nbaRaw, kind: .raw,
        summary: "One player on a team's official inactive list for one game.", key: [.gameCode, .playerIdBbref],
        partition: .gameDate, indexes: [IndexDeclaration("inactives_by_date", [.gameDate] as [Self])])

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameCode: ColumnDeclaration("game_code", .text, .notNull, "Game code")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .season: ColumnDeclaration("season", .text, .notNull, "Season")
        case .seasonType: ColumnDeclaration("season_type", .text, .notNull, "Season type")
        case .team: ColumnDeclaration("team", .text, .notNull, "Team")
        case .teamTricode: ColumnDeclaration("team_tricode", .text, .notNull, "Team tricode")
        case .playerIdBbref: ColumnDeclaration("player_id_bbref", .text, .notNull, "Player id bbref")
        case .playerName: ColumnDeclaration("player_name", .text, .notNull, "Player name")
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        }
    }
}
