import GRDB

/// `prop_lines` (`nba_raw`): one bookmaker's player-points prop line, as captured before a game.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PropLinesColumn: Int, TableColumn {
    case gameDate
    case tipoffUtc
    case playerName
    case playerLookup
    case universalPlayerId
    case teamTricode
    case oppTricode
    case isHome
    case bookmaker
    case market
    case line
    case overPrice
    case underPrice
    case capturedAt
    case matchStatus
    case gameCode

    public static let table = TableDeclaration(
        Self.self, name: "prop_lines", dataset: .nbaRaw, kind: .raw,
        summary: "One bookmaker's player-points prop line, as captured before a game.",
        key: [.gameDate, .playerName, .bookmaker, .market, .line, .tipoffUtc], partition: .gameDate,
        indexes: [IndexDeclaration("prop_lines_by_player", [.gameDate, .playerLookup] as [Self])])

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .tipoffUtc: ColumnDeclaration("tipoff_utc", .timestamp, .notNull, "Scheduled tip-off (UTC)")
        case .playerName: ColumnDeclaration("player_name", .text, .notNull, "Player name")
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .teamTricode: ColumnDeclaration("team_tricode", .text, .nullable, "Team tricode")
        case .oppTricode: ColumnDeclaration("opp_tricode", .text, .nullable, "Opp tricode")
        case .isHome: ColumnDeclaration("is_home", .flag, .nullable, "Is home")
        case .bookmaker: ColumnDeclaration("bookmaker", .text, .notNull, "Bookmaker")
        case .market: ColumnDeclaration("market", .text, .notNull, "Market")
        case .line: ColumnDeclaration("line", .real, .notNull, "Line")
        case .overPrice: ColumnDeclaration("over_price", .integer, .nullable, "Over price")
        case .underPrice: ColumnDeclaration("under_price", .integer, .nullable, "Under price")
        case .capturedAt:
            ColumnDeclaration("captured_at", .timestamp, .nullable, "When the snapshot was captured (UTC)")
        case .matchStatus: ColumnDeclaration("match_status", .text, .notNull, "Match status")
        case .gameCode: ColumnDeclaration("game_code", .text, .nullable, "Game code")
        }
    }
}
