import HindcastCore

/// One player who gets a context row on D, with the team and game the row is for.
struct PlayerSlot: Equatable {
    let lookup: String
    let universalID: String?
    let name: String?
    let team: String
    let gameCode: String
    /// Where the membership came from: `boxscore`, `pregame_roster`, `prop_lines` or `imported`.
    let source: String
}

/// Chooses the players of a synthetic context day (DESIGN §4.5).
enum PlayerSet {
    /// Days since a player's last listing for a team after which he no longer counts on its roster.
    static let rosterWindowDays = 30

    /// The players the policy puts in D's games, minus D's official inactive list. Falls back to
    /// the pre-game roster when D has no box score yet (a future date).
    static func players(_ day: ContextDay, policy: PlayerSetPolicy) -> [PlayerSlot] {
        let inactive = Set(day.inactive.map(\.universalID))
        if policy == .boxscore && !day.boxscore.isEmpty {
            return day.boxscore.filter { !inactive.contains($0.universalID) }.map {
                PlayerSlot(
                    lookup: $0.lookup, universalID: $0.universalID, name: $0.name, team: $0.team, gameCode: $0.gameCode,
                    source: PlayerSetPolicy.boxscore.rawValue)
            }
        }
        return pregameRoster(day).filter { $0.universalID.map { !inactive.contains($0) } ?? true }
    }

    /// Players whose latest listing before D (played or not, this season, within 30 days) was
    /// for a team that plays on D.
    static func pregameRoster(_ day: ContextDay) -> [PlayerSlot] {
        var slots: [PlayerSlot] = []
        day.history.forEachPlayer { lookup, games in
            guard let latest = games.first,
                day.date.days(since: latest.date) <= rosterWindowDays, let game = day.game(of: latest.team)
            else { return }
            slots.append(
                PlayerSlot(
                    lookup: lookup, universalID: latest.universalPlayerID, name: latest.playerName, team: latest.team,
                    gameCode: game.gameCode, source: PlayerSetPolicy.pregameRoster.rawValue))
        }
        return slots.sorted { ($0.gameCode, $0.team, $0.lookup) < ($1.gameCode, $1.team, $1.lookup) }
    }

    /// The team a player with observed snapshots on D plays for: the snapshot's team when it names
    /// one, else D's box score or inactive list, else his latest team this season.
    static func team(of lookup: String, snapshotTeam: String?, day: ContextDay) -> String? {
        if let snapshotTeam, day.game(of: snapshotTeam) != nil { return snapshotTeam }
        if let listed = (day.boxscore + day.inactive).first(where: { $0.lookup == lookup }) { return listed.team }
        if let latest = day.history.games(of: lookup).max(by: { $0.date < $1.date }), day.game(of: latest.team) != nil {
            return latest.team
        }
        return nil
    }
}
