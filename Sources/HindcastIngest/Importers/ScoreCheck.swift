import GRDB

/// Checks that each team's players' points add up to the schedule's final score.
enum ScoreCheck {
    struct Mismatch: CustomStringConvertible {
        let gameCode: String
        let team: String
        let playerPoints: Int
        let finalScore: Int

        var description: String {
            "\(team) players score \(playerPoints) points in \(gameCode), but the final score is \(finalScore)"
        }
    }

    /// The first game among `games` whose box score and final score disagree, if any.
    static func firstMismatch(_ db: Database, games: Set<String>) throws -> Mismatch? {
        guard !games.isEmpty else { return nil }
        let list = games.sorted()
        let sql = """
            SELECT s.game_code AS game_code, b.team_tricode AS team_tricode, SUM(COALESCE(b.pts, 0)) AS player_points,
                CASE WHEN b.team_tricode = s.home_tricode THEN s.home_pts ELSE s.away_pts END AS final_score
            FROM schedule s JOIN player_boxscores b ON b.game_code = s.game_code
            WHERE s.home_pts IS NOT NULL AND s.game_code IN (\(list.map { _ in "?" }.joined(separator: ",")))
            GROUP BY s.game_code, b.team_tricode
            ORDER BY s.game_code, b.team_tricode
            """
        for row in try Row.fetchAll(db, sql: sql, arguments: StatementArguments(list)) {
            let points: Int = row["player_points"]
            let score: Int = row["final_score"]
            if points != score {
                return Mismatch(
                    gameCode: row["game_code"], team: row["team_tricode"], playerPoints: points, finalScore: score)
            }
        }
        return nil
    }
}
