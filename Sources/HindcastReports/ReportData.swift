import GRDB
import HindcastCore
import HindcastStore

/// What the HTML report shows, read from the warehouse: coverage per table and date by context
/// origin, feature-quality scores by origin, and accuracy by system and origin.
public struct ReportData: Sendable {
    /// Rows of one table on one date.
    public struct Coverage: Sendable, Equatable {
        public let rows: Int
        /// `nil` for tables without `context_origin`.
        public let observed: Int?
        public let synthetic: Int?
    }

    /// Accuracy of one system on one context origin.
    public struct Accuracy: Sendable, Equatable {
        public let system: String
        public let origin: String
        /// Graded, not voided predictions.
        public let graded: Int
        public let meanAbsoluteError: Double?
        public let bias: Double?
        /// Recommendations judged against an observed line (pushes and voids excluded).
        public let bets: Int
        public let hitRate: Double?
    }

    public let range: DateRange
    /// Every calendar day of the range.
    public let days: [GameDate]
    public let gameDays: Set<GameDate>
    /// Pipeline tables in pipeline order, and raw `prop_lines` (the observed snapshots).
    public let tables: [String]
    public let coverage: [String: [GameDate: Coverage]]
    /// Feature-quality scores by context origin (`observed`, `synthetic`, `none`).
    public let quality: [String: [Double]]
    public let accuracy: [Accuracy]

    /// Reads the report's data for `range`.
    public static func load(_ db: Database, range: DateRange) throws -> ReportData {
        let calendar = try GameCalendar.load(db)
        let arguments: StatementArguments = [range.start.description, range.end.description]
        let tables = ["prop_lines"] + WarehouseCatalog.tables.filter { $0.kind == .pipeline }.map(\.name)
        var coverage: [String: [GameDate: Coverage]] = [:]
        for table in tables {
            guard let info = WarehouseCatalog.table(named: table), let column = info.dateColumn else { continue }
            let origin = try db.columns(in: table).contains { $0.name == "context_origin" }
            let sql = """
                SELECT \(column), COUNT(*),
                    \(origin ? "SUM(context_origin = 'observed'), SUM(context_origin = 'synthetic')" : "NULL, NULL")
                FROM \(table) WHERE \(column) BETWEEN ? AND ? GROUP BY \(column)
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                guard let date = GameDate(row[0] as String) else { continue }
                coverage[table, default: [:]][date] = Coverage(
                    rows: row[1], observed: origin ? (row[2] as Int?) ?? 0 : nil,
                    synthetic: origin ? (row[3] as Int?) ?? 0 : nil)
            }
        }
        var quality: [String: [Double]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT COALESCE(context_origin, 'none'), feature_quality_score FROM ml_feature_store
                WHERE game_date BETWEEN ? AND ? ORDER BY 1, 2
                """, arguments: arguments)
        {
            quality[row[0], default: []].append(row[1])
        }
        let accuracy = try Row.fetchAll(
            db,
            sql: """
                SELECT system_id, COALESCE(context_origin, 'none'),
                    SUM(absolute_error IS NOT NULL), AVG(absolute_error), AVG(signed_error),
                    SUM(prediction_correct IS NOT NULL), AVG(prediction_correct)
                FROM prediction_accuracy
                WHERE game_date BETWEEN ? AND ? AND is_voided = 0
                GROUP BY 1, 2 ORDER BY 1, 2
                """, arguments: arguments
        ).map { row in
            Accuracy(
                system: row[0], origin: row[1], graded: row[2], meanAbsoluteError: row[3], bias: row[4],
                bets: row[5], hitRate: row[6])
        }
        return ReportData(
            range: range, days: range.days, gameDays: Set(calendar.gameDates(in: range)), tables: tables,
            coverage: coverage, quality: quality, accuracy: accuracy)
    }
}
