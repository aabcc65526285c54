import GRDB
import HindcastCore

/// The feature-store rows of a date range that can teach the model: not early-season placeholders,
/// and the player has a `player_game_summary` row that day with minutes > 0 (DNPs carry no target).
public struct TrainingData: Sendable {
    /// The requested range; every example is dated inside it.
    public let range: DateRange
    /// Usable rows, ordered by date then player.
    public let examples: [TrainingExample]
    /// Feature-store rows in the range, usable or not.
    public let featureStoreRows: Int
    /// Early-season rows the store wrote without features.
    public let placeholders: Int
    /// Rows whose player did not play that day (no summary row, a DNP, or no minutes).
    public let withoutActuals: Int

    /// Loads the usable rows of `range` (both ends included) with one query.
    public static func load(_ db: Database, range: DateRange) throws -> TrainingData {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT f.game_date, f.player_lookup, f.features, f.quality_tier, f.synthetic_share,
                    COALESCE(f.context_origin, 'none'), f.early_season_flag, g.points, g.minutes_played
                FROM ml_feature_store f
                LEFT JOIN player_game_summary g ON g.game_date = f.game_date AND g.player_lookup = f.player_lookup
                WHERE f.game_date >= ? AND f.game_date <= ?
                ORDER BY f.game_date, f.player_lookup
                """, arguments: [range.start.description, range.end.description])
        var examples: [TrainingExample] = []
        var total = 0
        var placeholders = 0
        var withoutActuals = 0
        while let row = try rows.next() {
            total += 1
            let values = FeatureStoreDay.numbers(row[2])
            let earlySeason: Bool = row[6] ?? false
            if earlySeason && values.allSatisfy({ $0 == nil }) {
                placeholders += 1
                continue
            }
            guard let points = row[7] as Double?, let minutes = row[8] as Double?, minutes > 0 else {
                withoutActuals += 1
                continue
            }
            let dateText: String = row[0]
            guard let date = GameDate(dateText) else { throw TrainingError.badDate(dateText) }
            examples.append(
                TrainingExample(
                    date: date, playerLookup: row[1], features: TrainingExample.row(from: values), points: points,
                    qualityTier: row[3] ?? QualityTier.critical.rawValue, syntheticShare: row[4] ?? 0,
                    contextOrigin: row[5]))
        }
        return TrainingData(
            range: range, examples: examples, featureStoreRows: total, placeholders: placeholders,
            withoutActuals: withoutActuals)
    }
}
