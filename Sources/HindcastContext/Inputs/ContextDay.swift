import GRDB
import HindcastCore

/// Everything the context module may know for game day D, loaded in one pass: D's schedule, the
/// season's earlier games and summaries (strictly before D), D's official inactive list, the
/// box-score membership used as the player-set source, and D's pre-game snapshots.
///
/// Nothing dated D or later is read except D's schedule (teams, venue, start time), D's inactive
/// list, D's box-score membership (who was listed, never their stats) and D's pre-game snapshots.
struct ContextDay {
    struct Game {
        let gameCode: String
        let gameID: String
        let away: String
        let home: String
        let startTimeET: String?
        let seasonType: String
    }

    struct Listed {
        let lookup: String
        let universalID: String
        let name: String
        let team: String
        let gameCode: String
    }

    struct Quote {
        let lookup: String
        let universalID: String
        let team: String?
        let quote: PropLineQuote
    }

    struct GameLine {
        let gameCode: String
        let bookmaker: String
        let market: String
        let side: String
        let point: Double
        let capturedAt: String
    }

    struct Injury {
        let lookup: String
        let team: String
        let status: String
        let reason: String?
        let reportTime: String
    }

    let date: GameDate
    let seasonYear: Int
    let games: [Game]
    /// The season's schedule for every team, games dated up to and including D, scores only before D.
    let teamGames: [String: [TeamGame]]
    /// Season-to-date game summaries before D, per player lookup, newest first (empty for a
    /// team-only load).
    let history: PlayerGameLog
    let teamForm: [String: [TeamFormGame]]
    let boxscore: [Listed]
    let inactive: [Listed]
    /// Observed line offers per player.
    let quotes: [String: [Quote]]
    let gameLines: [GameLine]
    /// The latest injury report per player.
    let injuries: [String: Injury]
    /// Imported context rows for D: lookup (or team) → (origin, payload JSON).
    let importedPlayers: [String: (origin: String, payload: String)]
    let importedTeams: [String: (origin: String, payload: String)]
    /// The season's observed snapshots and inactive lists strictly before D (estimators' inputs;
    /// empty unless the profile estimates).
    var prior = PriorSnapshots()

    /// This day with every snapshot of D itself hidden (prop lines, game lines, injury reports,
    /// imported rows): what a fully synthetic day looks like. History and D's inactive list stay.
    func hidingSnapshots() -> ContextDay {
        ContextDay(
            date: date, seasonYear: seasonYear, games: games, teamGames: teamGames, history: history,
            teamForm: teamForm, boxscore: boxscore, inactive: inactive, quotes: [:], gameLines: [], injuries: [:],
            importedPlayers: [:], importedTeams: [:], prior: prior)
    }

    /// The game a team plays on D.
    func game(of team: String) -> Game? { games.first { $0.away == team || $0.home == team } }

    /// The id and name of a player seen this season before D.
    func known(_ lookup: String) -> (universalID: String, name: String)? {
        history.games(of: lookup).first.map { ($0.universalPlayerID, $0.playerName) }
    }
}
