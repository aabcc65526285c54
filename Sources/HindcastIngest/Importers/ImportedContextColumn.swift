import HindcastStore

/// The columns the two imported-context tables share, so one importer fills either with typed
/// rows: `entity` is the key column beside the date (`player_lookup` or `team_abbr`).
protocol ImportedContextColumn: TableColumn {
    /// The context table the imported rows become context rows of.
    static var contextTable: TableDeclaration { get }
    static var gameDate: Self { get }
    /// The player's or team's key column.
    static var entity: Self { get }
    static var contextOrigin: Self { get }
    static var payload: Self { get }
    static var sourceFile: Self { get }
    static var importedAt: Self { get }
    static var capturedAt: Self { get }
}

extension ImportedPlayerContextColumn: ImportedContextColumn {
    static var contextTable: TableDeclaration { UpcomingPlayerGameContextColumn.table }
    static var entity: Self { .playerLookup }
}

extension ImportedTeamContextColumn: ImportedContextColumn {
    static var contextTable: TableDeclaration { UpcomingTeamGameContextColumn.table }
    static var entity: Self { .teamAbbr }
}
