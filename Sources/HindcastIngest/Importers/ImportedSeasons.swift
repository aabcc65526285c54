import GRDB
import HindcastCore

/// The seasons the warehouse's schedule holds, each from its first to its last scheduled game, so
/// that a snapshot dated outside all of them is refused.
struct ImportedSeasons {
    private let spans: [(season: String, first: String, last: String)]

    init(_ db: Database) throws {
        spans = try Row.fetchAll(
            db,
            sql: """
                SELECT season, MIN(game_date) AS first_date, MAX(game_date) AS last_date FROM schedule
                GROUP BY season ORDER BY first_date
                """
        ).map { ($0["season"], $0["first_date"], $0["last_date"]) }
    }

    /// Refuses `date` unless some imported season's games span it.
    func check(_ date: String, fields: CSVFields) throws {
        guard !spans.contains(where: { $0.first <= date && date <= $0.last }) else { return }
        guard !spans.isEmpty else {
            throw fields.error("game_date \(date) is outside every imported season: no schedule is imported yet")
        }
        let list = spans.map { "\($0.season) \($0.first)..\($0.last)" }.joined(separator: ", ")
        throw fields.error("game_date \(date) is outside every imported season (\(list))")
    }
}
