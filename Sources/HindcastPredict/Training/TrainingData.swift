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
    /// The date of every feature-store row, of every placeholder and of every row without actuals,
    /// so `through(_:)` can count a shorter range.
    private let rowDates: [GameDate]
    private let placeholderDates: [GameDate]
    private let withoutActualDates: [GameDate]

    /// The rows of `range.start ... end` only (for walk-forward retraining by period): exactly what
    /// `load` returns for that range.
    public func through(_ end: GameDate) -> TrainingData {
        let range = DateRange(start: range.start, end: min(end, range.end)) ?? range
        let rows = rowDates.filter { $0 <= range.end }
        let placeholders = placeholderDates.filter { $0 <= range.end }
        let without = withoutActualDates.filter { $0 <= range.end }
        return TrainingData(
            range: range, examples: examples.filter { $0.date <= range.end }, rowDates: rows,
            placeholderDates: placeholders, withoutActualDates: without)
    }

    private init(
        range: DateRange, examples: [TrainingExample], rowDates: [GameDate], placeholderDates: [GameDate],
        withoutActualDates: [GameDate]
    ) {
        self.range = range
        self.examples = examples
        self.rowDates = rowDates
        self.placeholderDates = placeholderDates
        self.withoutActualDates = withoutActualDates
        featureStoreRows = rowDates.count
        placeholders = placeholderDates.count
        withoutActuals = withoutActualDates.count
    }

    /// Loads the usable rows of `range` (both ends included) with one query, and each date's
    /// observed market snapshots (`MarketLines`, dated that day and captured before tip-off).
    public static func load(_ db: Database, range: DateRange) throws -> TrainingData {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT f.game_date, f.player_lookup, f.features, f.quality_tier, f.synthetic_share,
                    COALESCE(f.context_origin, 'none') AS context_origin, f.early_season_flag, g.points,
                    g.minutes_played, f.team_abbr
                FROM ml_feature_store f
                LEFT JOIN player_game_summary g ON g.game_date = f.game_date AND g.player_lookup = f.player_lookup
                WHERE f.game_date >= ? AND f.game_date <= ?
                ORDER BY f.game_date, f.player_lookup
                """, arguments: [range.start.description, range.end.description])
        var examples: [TrainingExample] = []
        var rowDates: [GameDate] = []
        var placeholders: [GameDate] = []
        var withoutActuals: [GameDate] = []
        var market = (date: "", lines: MarketLines())
        while let row = try rows.next() {
            let dateText: String = row["game_date"]
            guard let date = GameDate(dateText) else { throw TrainingError.badDate(dateText) }
            rowDates.append(date)
            let values = FeatureStoreDay.numbers(row["features"])
            let earlySeason: Bool = row["early_season_flag"] ?? false
            if earlySeason && values.allSatisfy({ $0 == nil }) {
                placeholders.append(date)
                continue
            }
            guard let points = row["points"] as Double?, let minutes = row["minutes_played"] as Double?, minutes > 0
            else {
                withoutActuals.append(date)
                continue
            }
            if market.date != dateText { market = (dateText, try MarketLines.load(db, date: date)) }
            let player: String = row["player_lookup"]
            let lines = market.lines.features(player: player, team: row["team_abbr"])
            examples.append(
                TrainingExample(
                    date: date, playerLookup: player, features: TrainingExample.row(from: values, market: lines),
                    points: points,
                    qualityTier: row["quality_tier"] ?? QualityTier.critical.rawValue,
                    syntheticShare: row["synthetic_share"] ?? 0, contextOrigin: row["context_origin"]))
        }
        return TrainingData(
            range: range, examples: examples, rowDates: rowDates, placeholderDates: placeholders,
            withoutActualDates: withoutActuals)
    }
}
