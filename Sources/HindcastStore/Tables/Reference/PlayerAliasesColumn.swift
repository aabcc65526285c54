import GRDB

/// `player_aliases` (`nba_reference`): one spelling of a player's name that maps to a registered player.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PlayerAliasesColumn: Int, TableColumn {
    case aliasLookup
    case universalPlayerId
    case aliasName
    case source

    public static let table = TableDeclaration(
        Self.self, name: "player_aliases", dataset: .nbaReference, kind: .raw,
        summary: "One spelling of a player's name that maps to a registered player.",
        key: [.aliasLookup, .universalPlayerId], partition: nil)

    public var declaration: ColumnDeclaration {
        switch self {
        case .aliasLookup: ColumnDeclaration("alias_lookup", .text, .notNull, "Alias lookup")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .notNull, "Stable player id from the player registry")
        case .aliasName: ColumnDeclaration("alias_name", .text, .notNull, "Alias name")
        case .source: ColumnDeclaration("source", .text, .notNull, "Source")
        }
    }
}
