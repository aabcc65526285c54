import GRDB
import HindcastCore
import HindcastStore

/// How well synthesis reproduces observed context: on dates with observed player rows, the rows are
/// regenerated synthetically with the observed ones hidden and compared field by field; every
/// estimate (points line, spread, total) is compared with the real snapshot of the same game; and,
/// when measured (`predictionCost`), what predicting from the synthetic context costs.
public struct FidelityReport: Sendable, Equatable, Codable {
    /// Agreement of one history-derived field over the compared rows.
    public struct FieldAgreement: Sendable, Equatable, Codable {
        public let field: String
        public let compared: Int
        public let agreed: Int
        public var rate: Double { compared == 0 ? 0 : Double(agreed) / Double(compared) }
    }

    /// Per date: how many observed rows, and how many the synthetic player set also produced.
    public struct DateSummary: Sendable, Equatable, Codable {
        public let date: String
        public let observedRows: Int
        public let inSyntheticPlayerSet: Int
        public let estimatedLines: Int
        public let lineAbsoluteErrorSum: Double
    }

    /// Errors of one estimated field against the real snapshots: count, sum of absolute and of
    /// signed errors (estimate − observed).
    public struct EstimateErrors: Sendable, Equatable, Codable {
        public var count = 0
        public var absoluteSum = 0.0
        public var signedSum = 0.0

        public init() {}

        public var mae: Double? { count == 0 ? nil : absoluteSum / Double(count) }
        /// Mean of estimate − observed: positive when estimates run high.
        public var bias: Double? { count == 0 ? nil : signedSum / Double(count) }

        mutating func add(estimate: Double, observed: Double) {
            count += 1
            absoluteSum += abs(estimate - observed)
            signedSum += estimate - observed
        }
    }

    /// One prediction system's error on the same player-games with observed and with synthetic context.
    public struct SystemCost: Sendable, Equatable, Codable {
        public let systemID: String
        public let playerGames: Int
        public let maeObserved: Double
        public let maeSynthetic: Double
        /// `maeSynthetic − maeObserved`: what synthesis costs this system.
        public var cost: Double { maeSynthetic - maeObserved }

        public init(systemID: String, playerGames: Int, maeObserved: Double, maeSynthetic: Double) {
            self.systemID = systemID
            self.playerGames = playerGames
            self.maeObserved = maeObserved
            self.maeSynthetic = maeSynthetic
        }
    }

    public let dates: [DateSummary]
    public let fields: [FieldAgreement]
    public var pointsLine = EstimateErrors()
    public var spread = EstimateErrors()
    public var total = EstimateErrors()
    /// Per system, filled by `hindcast fidelity` from a scratch copy of the warehouse.
    public var predictionCost: [SystemCost] = []

    public var observedRows: Int { dates.reduce(0) { $0 + $1.observedRows } }
    public var comparedRows: Int { dates.reduce(0) { $0 + $1.inSyntheticPlayerSet } }
    /// Share of observed players the synthetic player-set policy also includes.
    public var playerSetAgreement: Double { observedRows == 0 ? 0 : Double(comparedRows) / Double(observedRows) }
    /// Rows whose every history-derived field agreed, over the compared rows.
    public var historyAgreement: Double {
        let compared = fields.reduce(0) { $0 + $1.compared }
        return compared == 0 ? 0 : Double(fields.reduce(0) { $0 + $1.agreed }) / Double(compared)
    }
    public var estimatedLines: Int { pointsLine.count }
    /// Mean absolute error of estimated lines against the observed lines.
    public var lineMAE: Double? { pointsLine.mae }

    /// Measures every date of `dates` that has observed player context rows or observed game lines.
    /// Estimates are made as the `historical-backfill` profile makes them (estimators on), each
    /// learned only from snapshots dated before its date.
    public static func measure(
        _ db: Database, dates: [GameDate], profile: Profile, seasons: SeasonCalendar
    ) throws
        -> FidelityReport
    {
        var estimating = profile
        estimating.context.estimateLines = true
        estimating.context.synthesize = true
        estimating.context.hideSnapshots = false
        var summaries: [DateSummary] = []
        var agreed = Dictionary(uniqueKeysWithValues: ContextFields.historyDerived.map { ($0, 0) })
        var compared = agreed
        var pointsLine = EstimateErrors()
        var spread = EstimateErrors()
        var total = EstimateErrors()
        for date in dates {
            let observed = try Row.fetchAll(
                db,
                sql: "SELECT * FROM upcoming_player_game_context WHERE game_date = ? AND context_origin = 'observed'",
                arguments: [date.description])
            let request = ProcessorRequest(date: date, runID: "fidelity", profile: estimating, seasons: seasons)
            guard let day = try ContextDay.load(db, request: request),
                !observed.isEmpty || !day.gameLines.isEmpty
            else { continue }
            compareGameLines(day, settings: estimating.context, spread: &spread, total: &total)
            guard !observed.isEmpty else { continue }
            let regenerated = Dictionary(
                uniqueKeysWithValues: PlayerContextRows.build(day: day, request: request, hideObserved: true).map {
                    (String.fromDatabaseValue($0.value(.playerLookup))!, $0)
                })
            var inSet = 0
            var lines = EstimateErrors()
            for row in observed {
                guard let synthetic = regenerated[row["player_lookup"]] else { continue }
                inSet += 1
                for field in ContextFields.historyDerived {
                    compared[field, default: 0] += 1
                    let stored = row[field] as DatabaseValue
                    let rebuilt = synthetic.value(UpcomingPlayerGameContextColumn(named: field)!)
                    if stored == rebuilt || (stored.isNull && rebuilt.isNull) { agreed[field, default: 0] += 1 }
                }
                if let line = row["current_points_line"] as Double?,
                    let estimate = Double.fromDatabaseValue(synthetic.value(.estimatedPointsLine))
                {
                    lines.add(estimate: estimate, observed: line)
                    pointsLine.add(estimate: estimate, observed: line)
                }
            }
            summaries.append(
                DateSummary(
                    date: date.description, observedRows: observed.count, inSyntheticPlayerSet: inSet,
                    estimatedLines: lines.count, lineAbsoluteErrorSum: lines.absoluteSum))
        }
        var report = FidelityReport(
            dates: summaries,
            fields: ContextFields.historyDerived.map {
                FieldAgreement(field: $0, compared: compared[$0] ?? 0, agreed: agreed[$0] ?? 0)
            })
        report.pointsLine = pointsLine
        report.spread = spread
        report.total = total
        return report
    }

    /// Compares the estimated spread (home side) and total of each of D's games that has an
    /// observed game line with that line.
    static func compareGameLines(
        _ day: ContextDay, settings: ContextSettings, spread: inout EstimateErrors, total: inout EstimateErrors
    ) {
        let estimator = GameLineEstimator(day: day)
        for game in day.games {
            let observed = GameLineChoice(
                lines: day.gameLines, gameCode: game.gameCode, team: game.home, priority: settings.bookmakerPriority)
            guard let estimate = estimator.estimates[game.gameCode] else { continue }
            if let real = observed.spread, let value = estimate.homeSpread?.value {
                spread.add(estimate: value, observed: real)
            }
            if let real = observed.total, let value = estimate.total?.value {
                total.add(estimate: value, observed: real)
            }
        }
    }
}
