import GRDB

/// A player on a game's official inactive list who played in it per the box score: one of the two
/// files is wrong, so the import that brings the second of them is refused.
struct PlayedWhileInactive {
    let gameCode: String
    let playerID: String
    let name: String
    let minutes: String

    enum Listing {
        case boxscores
        case inactives
    }

    /// The refusal, from the side of the file being imported.
    func description(listedIn file: Listing) -> String {
        switch file {
        case .inactives:
            return
                "\(name) (\(playerID)) is on the inactive list of \(gameCode), but the box score has him playing \(minutes) minutes"
        case .boxscores:
            return
                "\(name) (\(playerID)) played \(minutes) minutes in \(gameCode), but the game's inactive list has him inactive"
        }
    }

    /// The first such player among `games`, if any.
    static func first(_ db: Database, games: Set<String>) throws -> PlayedWhileInactive? {
        guard !games.isEmpty else { return nil }
        let list = games.sorted()
        for chunk in stride(from: 0, to: list.count, by: 500).map({ Array(list[$0..<min($0 + 500, list.count)]) }) {
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT b.game_code, b.player_id_bbref, b.player_name, b.mp FROM player_boxscores b
                    JOIN inactives i ON i.game_code = b.game_code AND i.player_id_bbref = b.player_id_bbref
                    WHERE b.played = 1 AND b.game_code IN (\(chunk.map { _ in "?" }.joined(separator: ",")))
                    ORDER BY b.game_date, b.game_code, b.player_id_bbref LIMIT 1
                    """, arguments: StatementArguments(chunk))
            if let row {
                return PlayedWhileInactive(
                    gameCode: row["game_code"], playerID: row["player_id_bbref"], name: row["player_name"],
                    minutes: row["mp"] ?? "?")
            }
        }
        return nil
    }
}
