import GRDB

/// `player_registry` (`nba_reference`): one player known to the warehouse, with the stable id every table uses.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PlayerRegistryColumn: Int, TableColumn {
    case universalPlayerId
    case playerLookup
    case playerName
    case firstGameDate
    case lastGameDate

    public static let table = TableDeclaration(
        Self.self, name: "player_registry", dataset: .nbaReference, kind: .raw,
        summary: "One player known to the warehouse, with the stable id every table uses.", key: [.universalPlayerId],
        partition: nil, indexes: [IndexDeclaration("player_registry_by_lookup", [.playerLookup] as [Self])])

    public var declaration: ColumnDeclaration {
        switch self {
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .playerName: ColumnDeclaration("player_name", .text, .notNull, "Player name")
        case .firstGameDate: ColumnDeclaration("first_game_date", .date, .nullable, "First game date")
        case .lastGameDate: ColumnDeclaration("last_game_date", .date, .nullable, "Last game date")
        }
    }
}
