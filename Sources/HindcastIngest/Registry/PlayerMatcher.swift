import GRDB

/// How a name in a line snapshot, shot-zone row or injury report matched a player.
public enum MatchStatus: String, Sendable, CaseIterable {
    /// A player on that date's box score (for that team when the row names one).
    case boxscore
    /// A player on that date's official inactive list.
    case inactive
    /// A known player who was on neither list that date.
    case registry
    /// Several players fit and the date and team do not decide.
    case ambiguous
    /// No known player has this name or alias.
    case unmatched
}

/// Resolves names to registry players using the date and team to decide between namesakes.
struct PlayerMatcher {
    struct Match {
        let universalID: String?
        let lookup: String
        let status: MatchStatus
        let gameCode: String?
    }

    var registry: PlayerRegistry
    private var rosters: [String: DateRoster] = [:]

    init(registry: PlayerRegistry) {
        self.registry = registry
    }

    /// The player `name` most likely means on `date` for `team` (an NBA tricode, if known).
    mutating func match(name: String, date: String, team: String?, db: Database) throws -> Match {
        let candidates = registry.candidates(forName: name)
        let fallbackLookup = PlayerLookup.fold(name)
        guard !candidates.isEmpty else {
            return Match(universalID: nil, lookup: fallbackLookup, status: .unmatched, gameCode: nil)
        }
        let roster = try roster(for: date, db: db)
        func pick(_ entries: [String: (team: String, game: String)], status: MatchStatus) -> Match? {
            let onList = candidates.filter { id in
                guard let entry = entries[id] else { return false }
                return team == nil || entry.team == team
            }
            guard onList.count == 1, let id = onList.first else { return nil }
            return Match(
                universalID: id, lookup: registry.players[id]?.lookup ?? fallbackLookup, status: status,
                gameCode: entries[id]?.game)
        }
        if let match = pick(roster.played, status: .boxscore) { return match }
        if let match = pick(roster.inactive, status: .inactive) { return match }
        if candidates.count == 1, let id = candidates.first {
            return Match(
                universalID: id, lookup: registry.players[id]?.lookup ?? fallbackLookup, status: .registry,
                gameCode: nil)
        }
        return Match(universalID: nil, lookup: fallbackLookup, status: .ambiguous, gameCode: nil)
    }

    private mutating func roster(for date: String, db: Database) throws -> DateRoster {
        if let cached = rosters[date] { return cached }
        var roster = DateRoster()
        for row in try Row.fetchAll(
            db, sql: "SELECT player_id_bbref, team_tricode, game_code FROM player_boxscores WHERE game_date = ?",
            arguments: [date])
        {
            roster.played[row["player_id_bbref"]] = (row["team_tricode"], row["game_code"])
        }
        for row in try Row.fetchAll(
            db, sql: "SELECT player_id_bbref, team_tricode, game_code FROM inactives WHERE game_date = ?",
            arguments: [date])
        {
            roster.inactive[row["player_id_bbref"]] = (row["team_tricode"], row["game_code"])
        }
        rosters[date] = roster
        return roster
    }

    struct DateRoster {
        var played: [String: (team: String, game: String)] = [:]
        var inactive: [String: (team: String, game: String)] = [:]
    }
}
