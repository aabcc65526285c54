import GRDB

/// `imported_player_context` (`nba_raw`): one player's imported pre-game context for one game day, as a JSON payload.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum ImportedPlayerContextColumn: Int, TableColumn {
    case gameDate
    case playerLookup
    case contextOrigin
    case payload
    case sourceFile
    case importedAt
    case capturedAt

    public static let table = TableDeclaration(
        Self.self, name: "imported_player_context", dataset: .nbaRaw, kind: .raw,
        summary: "One player's imported pre-game context for one game day, as a JSON payload.",
        key: [.gameDate, .playerLookup], partition: .gameDate)

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .contextOrigin:
            ColumnDeclaration(
                "context_origin", .text, .notNull,
                "observed (built from pre-game snapshots or imported) or synthetic (reconstructed afterwards)")
        case .payload: ColumnDeclaration("payload", .text, .notNull, "Payload")
        case .sourceFile: ColumnDeclaration("source_file", .text, .notNull, "Source file")
        case .importedAt: ColumnDeclaration("imported_at", .timestamp, .notNull, "When the row was imported (UTC)")
        case .capturedAt:
            ColumnDeclaration("captured_at", .timestamp, .nullable, "When the snapshot was captured (UTC)")
        }
    }
}
