import GRDB

/// `player_boxscores` (`nba_raw`): one player's box-score line in one game, as imported.
///
/// The case order is the column order; the migrations must create exactly these columns
/// (`TableDeclarationSchemaTests`).
public enum PlayerBoxscoresColumn: Int, TableColumn {
    case gameCode
    case gameId
    case gameDate
    case season
    case seasonYear
    case seasonType
    case team
    case teamTricode
    case opponent
    case oppTricode
    case isHome
    case starter
    case playerIdBbref
    case playerName
    case playerLookup
    case played
    case dnpReason
    case mp
    case minutes
    case fg
    case fga
    case fg3
    case fg3a
    case ft
    case fta
    case orb
    case drb
    case trb
    case ast
    case stl
    case blk
    case tov
    case pf
    case pts
    case plusMinus

    public static let table = TableDeclaration(
        Self.self, name: "player_boxscores", dataset: .nbaRaw, kind: .raw,
        summary: "One player's box-score line in one game, as imported.", key: [.gameCode, .playerIdBbref],
        partition: .gameDate,
        indexes: [
            IndexDeclaration("player_boxscores_by_date", [.gameDate] as [Self]),
            IndexDeclaration("player_boxscores_by_player", [.playerIdBbref, .gameDate] as [Self]),
        ])

    public var declaration: ColumnDeclaration {
        switch self {
        case .gameCode: ColumnDeclaration("game_code", .text, .notNull, "Game code")
        case .gameId: ColumnDeclaration("game_id", .text, .notNull, "Game id, YYYYMMDD_AWAY_HOME")
        case .gameDate:
            ColumnDeclaration("game_date", .date, .notNull, "Game day (US Eastern calendar date of the games)")
        case .season: ColumnDeclaration("season", .text, .notNull, "Season")
        case .seasonYear: ColumnDeclaration("season_year", .integer, .notNull, "Season start year (2021 = 2021-22)")
        case .seasonType: ColumnDeclaration("season_type", .text, .notNull, "Season type")
        case .team: ColumnDeclaration("team", .text, .notNull, "Team")
        case .teamTricode: ColumnDeclaration("team_tricode", .text, .notNull, "Team tricode")
        case .opponent: ColumnDeclaration("opponent", .text, .notNull, "Opponent")
        case .oppTricode: ColumnDeclaration("opp_tricode", .text, .notNull, "Opp tricode")
        case .isHome: ColumnDeclaration("is_home", .flag, .notNull, "Is home")
        case .starter: ColumnDeclaration("starter", .flag, .notNull, "Starter")
        case .playerIdBbref: ColumnDeclaration("player_id_bbref", .text, .notNull, "Player id bbref")
        case .playerName: ColumnDeclaration("player_name", .text, .notNull, "Player name")
        case .playerLookup:
            ColumnDeclaration("player_lookup", .text, .notNull, "Normalised player name, the player key across tables")
        case .played: ColumnDeclaration("played", .flag, .notNull, "Played")
        case .dnpReason: ColumnDeclaration("dnp_reason", .text, .nullable, "Dnp reason")
        case .mp: ColumnDeclaration("mp", .text, .nullable, "Mp")
        case .minutes: ColumnDeclaration("minutes", .real, .nullable, "Minutes")
        case .fg: ColumnDeclaration("fg", .integer, .nullable, "Field goals")
        case .fga: ColumnDeclaration("fga", .integer, .nullable, "Fga")
        case .fg3: ColumnDeclaration("fg3", .integer, .nullable, "Fg3")
        case .fg3a: ColumnDeclaration("fg3a", .integer, .nullable, "Fg3a")
        case .ft: ColumnDeclaration("ft", .integer, .nullable, "Free throws")
        case .fta: ColumnDeclaration("fta", .integer, .nullable, "Fta")
        case .orb: ColumnDeclaration("orb", .integer, .nullable, "Orb")
        case .drb: ColumnDeclaration("drb", .integer, .nullable, "Drb")
        case .trb: ColumnDeclaration("trb", .integer, .nullable, "Trb")
        case .ast: ColumnDeclaration("ast", .integer, .nullable, "Ast")
        case .stl: ColumnDeclaration("stl", .integer, .nullable, "Stl")
        case .blk: ColumnDeclaration("blk", .integer, .nullable, "Blk")
        case .tov: ColumnDeclaration("tov", .integer, .nullable, "Tov")
        case .pf: ColumnDeclaration("pf", .integer, .nullable, "Pf")
        case .pts: ColumnDeclaration("pts", .integer, .nullable, "Points")
        case .plusMinus: ColumnDeclaration("plus_minus", .integer, .nullable, "Plus minus")
        }
    }
}
