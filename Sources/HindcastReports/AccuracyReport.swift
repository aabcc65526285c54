import Foundation
import GRDB
import HindcastCore
import HindcastStore

/// `hindcast accuracy`: MAE, bias, count and hit rate of the graded predictions, by system and
/// split by context origin, quality tier, month and line source, with two baselines graded the
/// same way: the player's season average before the date (`baseline_season_average`) and, where
/// an observed line existed, the line itself (`baseline_line`).
public struct AccuracyReport: Sendable, Equatable {
    /// The dimensions groups are split by, in report order.
    public static let dimensions = [
        "system", "context_origin", "quality_tier", "month", "line_source", "confidence_decile", "edge_bucket",
    ]
    /// Dimensions whose hit rate counts every prediction against an observed line as a bet on the
    /// side of its edge (not only the OVER/UNDER calls): does this much edge, or this confidence, pay?
    public static let sideDimensions: Set<String> = ["confidence_decile", "edge_bucket"]
    public static let seasonAverageBaseline = "baseline_season_average"
    public static let lineBaseline = "baseline_line"

    /// One (dimension, group, system) cell.
    public struct Group: Sendable, Equatable {
        public let dimension: String
        public let group: String
        public let system: String
        public var metrics: AccuracyMetrics
    }

    public let start: String?
    public let end: String?
    public let groups: [Group]

    /// Grades from `prediction_accuracy` between `start` and `end` (inclusive, either optional).
    public static func measure(_ db: Database, start: String?, end: String?) throws -> AccuracyReport {
        var cells: [[String]: AccuracyMetrics] = [:]
        func add(_ dimension: String, _ group: String, _ system: String, _ grade: GradeLine) {
            cells[[dimension, group, system], default: AccuracyMetrics()].add(grade)
        }
        var seenPlayerDates = Set<String>()
        for row in try GradeLine.load(db, start: start, end: end) {
            let groups = [
                ("system", "all"), ("context_origin", row.contextOrigin), ("quality_tier", row.qualityTier),
                ("month", String(row.date.prefix(7))), ("line_source", row.lineSource),
            ]
            for (dimension, group) in groups { add(dimension, group, row.system, row) }
            let side = row.asSideBet
            if let decile = row.confidenceDecile {
                add("confidence_decile", String(format: "d%02d", decile), row.system, side)
            }
            if let bucket = row.edgeBucket { add("edge_bucket", bucket, row.system, side) }
            guard seenPlayerDates.insert(row.date + "|" + row.player).inserted else { continue }
            let baselines = [
                (seasonAverageBaseline, row.seasonAverageBaseline), (lineBaseline, row.lineBaseline),
            ]
            for (system, baseline) in baselines {
                guard let baseline else { continue }
                for (dimension, group) in groups { add(dimension, group, system, baseline) }
            }
        }
        let groups = cells.map { key, metrics in
            Group(dimension: key[0], group: key[1], system: key[2], metrics: metrics)
        }.sorted(by: Self.reportOrder)
        return AccuracyReport(start: start, end: end, groups: groups)
    }

    static func reportOrder(_ lhs: Group, _ rhs: Group) -> Bool {
        let l = dimensions.firstIndex(of: lhs.dimension) ?? 99
        let r = dimensions.firstIndex(of: rhs.dimension) ?? 99
        if l != r { return l < r }
        if lhs.group != rhs.group { return groupRank(lhs) < groupRank(rhs) }
        return systemRank(lhs.system) < systemRank(rhs.system)
    }

    private static func groupRank(_ group: Group) -> String {
        if group.dimension == "quality_tier", let tier = QualityTier(rawValue: group.group) {
            return "\(QualityTier.allCases.firstIndex(of: tier)!)"
        }
        return group.group
    }

    private static func systemRank(_ system: String) -> String {
        switch system {
        case seasonAverageBaseline: return "~1"
        case lineBaseline: return "~2"
        default: return system
        }
    }
}

/// Running totals for one group of graded predictions.
public struct AccuracyMetrics: Sendable, Equatable {
    /// Graded rows, voided included.
    public var predictions = 0
    public var voided = 0
    /// Rows with an error (non-voided).
    public var graded = 0
    public var absoluteErrorSum = 0.0
    public var signedErrorSum = 0.0
    public var within3 = 0
    public var within5 = 0
    public var correct = 0
    public var incorrect = 0
    public var pushes = 0

    public var meanAbsoluteError: Double? { graded == 0 ? nil : absoluteErrorSum / Double(graded) }
    /// Mean of predicted − actual.
    public var bias: Double? { graded == 0 ? nil : signedErrorSum / Double(graded) }
    public var bets: Int { correct + incorrect }
    /// Correct / (correct + incorrect), over OVER/UNDER calls against observed lines.
    public var hitRate: Double? { bets == 0 ? nil : Double(correct) / Double(bets) }

    mutating func add(_ grade: GradeLine) {
        predictions += 1
        if grade.voided {
            voided += 1
            return
        }
        if let error = grade.signedError {
            graded += 1
            absoluteErrorSum += abs(error)
            signedErrorSum += error
            if abs(error) <= 3 { within3 += 1 }
            if abs(error) <= 5 { within5 += 1 }
        }
        if grade.push { pushes += 1 }
        if let correct = grade.correct {
            if correct { self.correct += 1 } else { incorrect += 1 }
        }
    }
}

/// One graded prediction as the report reads it.
struct GradeLine {
    var date: String
    var player: String
    var system: String
    var contextOrigin: String
    var qualityTier: String
    var lineSource: String
    var voided: Bool
    var signedError: Double?
    var correct: Bool?
    var push: Bool
    var seasonAverageSignedError: Double?
    var lineSignedError: Double?
    var predicted: Double?
    var actual: Double?
    /// The observed line (`line_value`), `nil` without one.
    var line: Double?
    var confidenceDecile: Int?

    /// Predicted − observed line.
    var edge: Double? { line.flatMap { line in predicted.map { $0 - line } } }

    /// |edge| bucket of a graded prediction with an observed line: 0-1, 1-2, 2-3, 3-5, 5+.
    var edgeBucket: String? {
        guard !voided, let edge else { return nil }
        switch abs(edge) {
        case ..<1: return "0-1"
        case ..<2: return "1-2"
        case ..<3: return "2-3"
        case ..<5: return "3-5"
        default: return "5+"
        }
    }

    /// The prediction as a bet on its edge's side against the observed line: correct when the
    /// actual points fall on that side, a push on the line, no bet without a line or an edge.
    var asSideBet: GradeLine {
        var bet = self
        bet.correct = nil
        bet.push = false
        guard !voided, let line, let actual, let edge, edge != 0 else { return bet }
        if actual == line {
            bet.push = true
        } else {
            bet.correct = (edge > 0) == (actual > line)
        }
        return bet
    }

    /// The season-average baseline graded as a prediction.
    var seasonAverageBaseline: GradeLine? {
        guard voided || seasonAverageSignedError != nil else { return nil }
        return baseline(AccuracyReport.seasonAverageBaseline, error: seasonAverageSignedError)
    }

    /// The observed line graded as a prediction (never a bet).
    var lineBaseline: GradeLine? {
        guard lineSource == "observed" else { return nil }
        return baseline(AccuracyReport.lineBaseline, error: lineSignedError)
    }

    private func baseline(_ system: String, error: Double?) -> GradeLine {
        var line = self
        line.system = system
        line.signedError = error
        line.correct = nil
        line.push = false
        return line
    }

    /// The `prediction_accuracy` columns a grade line is read from.
    static let columns = ColumnSelection<PredictionAccuracyColumn>([
        .gameDate, .playerLookup, .systemId, .contextOrigin, .dataQualityTier, .lineSource, .isVoided, .signedError,
        .predictionCorrect, .isPush, .seasonAvgSignedError, .lineSignedError, .predictedPoints, .actualPoints,
        .lineValue, .confidenceDecile,
    ])

    static func load(_ db: Database, start: String?, end: String?) throws -> [GradeLine] {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT \(columns.sql)
                FROM prediction_accuracy WHERE game_date >= ? AND game_date <= ?
                ORDER BY game_date, player_lookup, system_id
                """, arguments: [start ?? "0000-00-00", end ?? "9999-99-99"])
        return rows.map { fetched in
            let row = SelectedRow(fetched, columns)
            return GradeLine(
                date: row[.gameDate], player: row[.playerLookup], system: row[.systemId],
                contextOrigin: row[.contextOrigin] ?? "none", qualityTier: row[.dataQualityTier] ?? "unknown",
                lineSource: row[.lineSource], voided: row[.isVoided], signedError: row[.signedError],
                correct: row[.predictionCorrect], push: row[.isPush],
                seasonAverageSignedError: row[.seasonAvgSignedError],
                lineSignedError: row[.lineSignedError], predicted: row[.predictedPoints], actual: row[.actualPoints],
                line: row[.lineValue], confidenceDecile: row[.confidenceDecile])
        }
    }
}
