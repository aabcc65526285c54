import GRDB

/// `game_lines` (`nba_raw`): one bookmaker's spread or total for one team of one game, as captured.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum GameLinesColumn: Int, TableColumn {
    case gameDate
    case gameCode
    case bookmaker
    case market
    case teamTricode
    case point
    case price
    case capturedAt
    case tipoffUtc

    public static let table = TableDeclaration(
        Self.self, name: "game_lines", dataset: .nbaRaw, kind: .raw,
        summary: "One bookmaker's spread or total for one team of one game, as captured.",
        key: [.gameCode, .bookmaker, .market, .teamTricode, .capturedAt], partition: .gameDate,
        indexes: [IndexDeclaration("game_lines_by_date", [.gameDate] as [Self])])

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .gameCode: ColumnDeclaration("game_code", .text, .notNull, "Game code")
        case .bookmaker: ColumnDeclaration("bookmaker", .text, .notNull, "Bookmaker")
        case .market: ColumnDeclaration("market", .text, .notNull, "Market")
        case .teamTricode: ColumnDeclaration("team_tricode", .text, .notNull, "Team tricode")
        case .point: ColumnDeclaration("point", .real, .notNull, "Point")
        case .price: ColumnDeclaration("price", .integer, .nullable, "Price")
        case .capturedAt: ColumnDeclaration("captured_at", .timestamp, .notNull, "When the snapshot was captured (UTC)")
        case .tipoffUtc: ColumnDeclaration("tipoff_utc", .timestamp, .nullable, "Scheduled tip-off (UTC)")
        }
    }
}
