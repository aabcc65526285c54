import GRDB
import HindcastCore

/// How well synthesis reproduces observed context: on dates with observed player rows, the rows are
/// regenerated synthetically with the observed ones hidden and compared field by field.
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

    public let dates: [DateSummary]
    public let fields: [FieldAgreement]

    public var observedRows: Int { dates.reduce(0) { $0 + $1.observedRows } }
    public var comparedRows: Int { dates.reduce(0) { $0 + $1.inSyntheticPlayerSet } }
    /// Share of observed players the synthetic player-set policy also includes.
    public var playerSetAgreement: Double { observedRows == 0 ? 0 : Double(comparedRows) / Double(observedRows) }
    /// Rows whose every history-derived field agreed, over the compared rows.
    public var historyAgreement: Double {
        let compared = fields.reduce(0) { $0 + $1.compared }
        return compared == 0 ? 0 : Double(fields.reduce(0) { $0 + $1.agreed }) / Double(compared)
    }
    public var estimatedLines: Int { dates.reduce(0) { $0 + $1.estimatedLines } }
    /// Mean absolute error of estimated lines against the observed lines.
    public var lineMAE: Double? {
        estimatedLines == 0 ? nil : dates.reduce(0) { $0 + $1.lineAbsoluteErrorSum } / Double(estimatedLines)
    }

    /// Measures every date of `dates` that has observed player context rows in the warehouse.
    public static func measure(
        _ db: Database, dates: [GameDate], profile: Profile, seasons: SeasonCalendar
    ) throws
        -> FidelityReport
    {
        var estimating = profile
        estimating.context.estimateLines = true
        estimating.context.synthesize = true
        var summaries: [DateSummary] = []
        var agreed = Dictionary(uniqueKeysWithValues: ContextFields.historyDerived.map { ($0, 0) })
        var compared = agreed
        for date in dates {
            let observed = try Row.fetchAll(
                db,
                sql: "SELECT * FROM upcoming_player_game_context WHERE game_date = ? AND context_origin = 'observed'",
                arguments: [date.description])
            let request = ProcessorRequest(date: date, runID: "fidelity", profile: estimating, seasons: seasons)
            guard !observed.isEmpty, let day = try ContextDay.load(db, request: request) else { continue }
            let regenerated = Dictionary(
                uniqueKeysWithValues: PlayerContextRows.build(day: day, request: request, hideObserved: true).map {
                    (($0["player_lookup"] ?? nil) as! String, $0)
                })
            var inSet = 0
            var estimates = 0
            var errorSum = 0.0
            for row in observed {
                guard let synthetic = regenerated[row["player_lookup"]] else { continue }
                inSet += 1
                for field in ContextFields.historyDerived {
                    compared[field, default: 0] += 1
                    let stored = row[field] as DatabaseValue
                    let rebuilt = (synthetic[field] ?? nil)?.databaseValue ?? .null
                    if stored == rebuilt || (stored.isNull && rebuilt.isNull) { agreed[field, default: 0] += 1 }
                }
                if let line = row["current_points_line"] as Double?,
                    let estimate = (synthetic["estimated_points_line"] ?? nil) as? Double
                {
                    estimates += 1
                    errorSum += abs(estimate - line)
                }
            }
            summaries.append(
                DateSummary(
                    date: date.description, observedRows: observed.count, inSyntheticPlayerSet: inSet,
                    estimatedLines: estimates, lineAbsoluteErrorSum: errorSum))
        }
        return FidelityReport(
            dates: summaries,
            fields: ContextFields.historyDerived.map {
                FieldAgreement(field: $0, compared: compared[$0] ?? 0, agreed: agreed[$0] ?? 0)
            })
    }
}
