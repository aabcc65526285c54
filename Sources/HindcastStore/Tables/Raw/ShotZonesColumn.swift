import GRDB

/// `shot_zones` (`nba_raw`): one player's shot attempts and makes by zone in one game.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum ShotZonesColumn: Int, TableColumn {
    case nbaGameId
    case nbaPlayerId
    case gameDate
    case season
    case homeTricode
    case awayTricode
    case nbaTeamId
    case teamName
    case teamTricode
    case playerName
    case playerLookup
    case universalPlayerId
    case gameCode
    case matchStatus
    case raFga
    case raFgm
    case paintNonraFga
    case paintNonraFgm
    case midrangeFga
    case midrangeFgm
    case corner3LeftFga
    case corner3LeftFgm
    case corner3RightFga
    case corner3RightFgm
    case aboveBreak3Fga
    case aboveBreak3Fgm
    case backcourtFga
    case backcourtFgm
    case fgaTotal
    case fg3aTotal

    public static let table = TableDeclaration(
        Self.self, name: "shot_zones", dataset: .nbaRaw, kind: .raw,
        summary: "One player's shot attempts and makes by zone in one game.", key: [.nbaGameId, .nbaPlayerId],
        partition: .gameDate, indexes: [IndexDeclaration("shot_zones_by_date", [.gameDate] as [Self])])

    public var declaration: ColumnDeclaration {
        switch self {
        case .nbaGameId: ColumnDeclaration("nba_game_id", .text, .notNull, "Nba game id")
        case .nbaPlayerId: ColumnDeclaration("nba_player_id", .text, .notNull, "Nba player id")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .season: ColumnDeclaration("season", .text, .notNull, "Season")
        case .homeTricode: ColumnDeclaration("home_tricode", .text, .notNull, "Home tricode")
        case .awayTricode: ColumnDeclaration("away_tricode", .text, .notNull, "Away tricode")
        case .nbaTeamId: ColumnDeclaration("nba_team_id", .text, .notNull, "Nba team id")
        case .teamName: ColumnDeclaration("team_name", .text, .notNull, "Team name")
        case .teamTricode: ColumnDeclaration("team_tricode", .text, .notNull, "Team tricode")
        case .playerName: ColumnDeclaration("player_name", .text, .notNull, "Player name")
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .universalPlayerId:
            ColumnDeclaration("universal_player_id", .text, .nullable, "Stable player id from the player registry")
        case .gameCode: ColumnDeclaration("game_code", .text, .nullable, "Game code")
        case .matchStatus: ColumnDeclaration("match_status", .text, .notNull, "Match status")
        case .raFga: ColumnDeclaration("ra_fga", .integer, .notNull, "Ra fga")
        case .raFgm: ColumnDeclaration("ra_fgm", .integer, .notNull, "Ra fgm")
        case .paintNonraFga: ColumnDeclaration("paint_nonra_fga", .integer, .notNull, "Paint nonra fga")
        case .paintNonraFgm: ColumnDeclaration("paint_nonra_fgm", .integer, .notNull, "Paint nonra fgm")
        case .midrangeFga: ColumnDeclaration("midrange_fga", .integer, .notNull, "Midrange fga")
        case .midrangeFgm: ColumnDeclaration("midrange_fgm", .integer, .notNull, "Midrange fgm")
        case .corner3LeftFga: ColumnDeclaration("corner3_left_fga", .integer, .notNull, "Corner3 left fga")
        case .corner3LeftFgm: ColumnDeclaration("corner3_left_fgm", .integer, .notNull, "Corner3 left fgm")
        case .corner3RightFga: ColumnDeclaration("corner3_right_fga", .integer, .notNull, "Corner3 right fga")
        case .corner3RightFgm: ColumnDeclaration("corner3_right_fgm", .integer, .notNull, "Corner3 right fgm")
        case .aboveBreak3Fga: ColumnDeclaration("above_break3_fga", .integer, .notNull, "Above break3 fga")
        case .aboveBreak3Fgm: ColumnDeclaration("above_break3_fgm", .integer, .notNull, "Above break3 fgm")
        case .backcourtFga: ColumnDeclaration("backcourt_fga", .integer, .notNull, "Backcourt fga")
        case .backcourtFgm: ColumnDeclaration("backcourt_fgm", .integer, .notNull, "Backcourt fgm")
        case .fgaTotal: ColumnDeclaration("fga_total", .integer, .notNull, "Fga total")
        case .fg3aTotal: ColumnDeclaration("fg3a_total", .integer, .notNull, "Fg3a total")
        }
    }
}
