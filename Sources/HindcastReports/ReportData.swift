import GRDB
import HindcastContext
import HindcastCore
import HindcastStore

/// What the HTML report shows, read from the warehouse: the run status of every day, coverage per
/// table by context origin, feature-quality scores by origin, accuracy by system and origin with the
/// season-average and line baselines, weekly accuracy, the runs it covers and, where observed
/// context exists, the fidelity of synthesis.
public struct ReportData: Sendable {
    /// Rows of one table on one date.
    public struct Coverage: Sendable, Equatable {
        public let rows: Int
        /// `nil` for tables without `context_origin`.
        public let observed: Int?
        public let synthetic: Int?
    }

    /// Accuracy of one system (or baseline) on one group of graded rows.
    public struct Accuracy: Sendable, Equatable {
        public let system: String
        /// `observed`, `synthetic`, `none` (context origin) or `all`.
        public let origin: String
        /// Graded, not voided predictions.
        public let graded: Int
        public let meanAbsoluteError: Double?
        public let bias: Double?
        /// Recommendations judged against an observed line (pushes and voids excluded).
        public let bets: Int
        public let hitRate: Double?

        init(system: String, origin: String, metrics: AccuracyMetrics) {
            self.system = system
            self.origin = origin
            graded = metrics.graded
            meanAbsoluteError = metrics.meanAbsoluteError
            bias = metrics.bias
            bets = metrics.bets
            hitRate = metrics.hitRate
        }
    }

    public let range: DateRange
    /// Every calendar day of the range.
    public let days: [GameDate]
    public let gameDays: Set<GameDate>
    /// Pipeline tables in pipeline order, and raw `prop_lines` (the observed snapshots).
    public let tables: [String]
    public let coverage: [String: [GameDate: Coverage]]
    /// Feature-quality scores by context origin (`observed`, `synthetic`, `none`), ascending.
    public let quality: [String: [Double]]
    /// By system and context origin, plus origin `all`; the baselines are systems
    /// `AccuracyReport.seasonAverageBaseline` and `AccuracyReport.lineBaseline`.
    public let accuracy: [Accuracy]
    /// Every system and both baselines on the same rows: those graded against an observed line
    /// (origin `observed line`).
    public let onObservedLines: [Accuracy]
    public let weekly: [WeeklyAccuracy]
    public let calendar: RunCalendar
    public let runs: [ReportRun]
    /// Measured on the range's dates with observed context rows; `nil` when there are none or no
    /// profile was given.
    public let fidelity: FidelityReport?

    /// Reads the report's data for `range`; fidelity is measured with `fidelityProfile`.
    public static func load(
        _ db: Database, range: DateRange, graph: ProcessorGraph, fidelityProfile: Profile?
    ) throws -> ReportData {
        let calendar = try GameCalendar.load(db)
        let arguments: StatementArguments = [range.start.description, range.end.description]
        let tables = ["prop_lines"] + WarehouseCatalog.tables.filter { $0.kind == .pipeline }.map(\.name)
        var coverage: [String: [GameDate: Coverage]] = [:]
        for table in tables {
            guard let info = WarehouseCatalog.table(named: table), let column = info.dateColumn else { continue }
            let origin = try db.columns(in: table).contains { $0.name == "context_origin" }
            let sql = """
                SELECT \(column) AS day, COUNT(*) AS row_count,
                    \(origin ? "SUM(context_origin = 'observed')" : "NULL") AS observed,
                    \(origin ? "SUM(context_origin = 'synthetic')" : "NULL") AS synthetic
                FROM \(table) WHERE \(column) BETWEEN ? AND ? GROUP BY \(column)
                """
            for row in try Row.fetchAll(db, sql: sql, arguments: arguments) {
                guard let date = GameDate(row["day"] as String) else { continue }
                coverage[table, default: [:]][date] = Coverage(
                    rows: row["row_count"], observed: origin ? (row["observed"] as Int?) ?? 0 : nil,
                    synthetic: origin ? (row["synthetic"] as Int?) ?? 0 : nil)
            }
        }
        var quality: [String: [Double]] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT COALESCE(context_origin, 'none') AS origin, feature_quality_score FROM ml_feature_store
                WHERE game_date BETWEEN ? AND ? ORDER BY 1, 2
                """, arguments: arguments)
        {
            quality[row["origin"], default: []].append(row["feature_quality_score"])
        }
        let report = try AccuracyReport.measure(db, start: range.start.description, end: range.end.description)
        let accuracy = report.groups.compactMap { group -> Accuracy? in
            switch group.dimension {
            case "system": return Accuracy(system: group.system, origin: "all", metrics: group.metrics)
            case "context_origin": return Accuracy(system: group.system, origin: group.group, metrics: group.metrics)
            default: return nil
            }
        }
        let onObservedLines = report.groups.filter { $0.dimension == "line_source" && $0.group == "observed" }.map {
            Accuracy(system: $0.system, origin: "observed line", metrics: $0.metrics)
        }
        let observedLines = (coverage["prop_lines"] ?? [:]).mapValues(\.rows)
        let observedContextDates = (coverage["upcoming_player_game_context"] ?? [:]).filter {
            ($0.value.observed ?? 0) > 0
        }.keys.sorted()
        let fidelity = try fidelityProfile.flatMap { profile -> FidelityReport? in
            guard !observedContextDates.isEmpty else { return nil }
            return try FidelityReport.measure(
                db, dates: observedContextDates, profile: profile, seasons: calendar.seasons)
        }
        return ReportData(
            range: range, days: range.days, gameDays: Set(calendar.gameDates(in: range)), tables: tables,
            coverage: coverage, quality: quality, accuracy: accuracy, onObservedLines: onObservedLines,
            weekly: try WeeklyAccuracy.measure(db, range: range),
            calendar: try RunCalendar.measure(
                db, range: range, graph: graph, calendar: calendar, observedLines: observedLines),
            runs: try ReportRun.load(db, range: range), fidelity: fidelity)
    }
}
