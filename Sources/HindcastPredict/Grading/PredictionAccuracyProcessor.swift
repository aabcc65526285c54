import GRDB
import HindcastCore
import HindcastStore

/// `prediction_accuracy`: grades the date's predictions of every player with a game summary on
/// the date. Re-grading replaces the date's partition.
public struct PredictionAccuracyProcessor: Processor {
    public static let table = "prediction_accuracy"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: .grading,
        reads: [TableRead("player_prop_predictions"), TableRead("player_game_summary")],
        writes: [table])

    /// The prediction columns grading reads.
    static let predictionColumns = ColumnSelection<PlayerPropPredictionsColumn>([
        .playerLookup, .gameId, .systemId, .predictionId, .teamAbbr, .opponentTeamAbbr, .predictedPoints,
        .confidenceScore, .rawConfidenceScore, .recommendation, .hasPropLine, .currentPointsLine, .lineSource,
        .sportsbook, .estimatedLineValue, .injuryStatusAtPrediction, .seasonAvgBaseline, .contextOrigin,
        .syntheticContextFields, .featureQualityScore, .qualityTier, .syntheticFeatureCount, .syntheticShare,
        .earlySeasonFlag, .inputFingerprint,
    ])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let date = request.date.description
        let actuals = try Self.actuals(db, date: date)
        let predictions = try Row.fetchAll(
            db,
            sql: """
                SELECT \(Self.predictionColumns.sql)
                FROM player_prop_predictions WHERE game_date = ? ORDER BY player_lookup, system_id
                """, arguments: [date])
        guard !predictions.isEmpty else {
            return ProcessorOutcome(
                rowsWritten: [Self.table: 0], inputFingerprint: Fingerprint().hex,
                skipReason: "no player_prop_predictions rows on \(date)")
        }
        let inserter = try RowInserter(db, PredictionAccuracyColumn.self, sink: request.outputs)
        let layout = inserter.layout
        let read = Self.predictionColumns
        var outcome = Fingerprint()
        var written = 0
        var ungraded = 0
        var counts: [String: Int] = [:]
        let graded = try ParallelMap.map(predictions.map { SelectedRow($0, read) }) {
            row -> (PreparedRow, TableRow<PredictionAccuracyColumn>)? in
            guard let actual = actuals[row[.playerLookup] as String] else { return nil }
            let values = Self.values(row, actual: actual, date: date, runID: request.runID)
            return (layout.prepare(values), values)
        }
        for item in graded {
            guard let (prepared, values) = item else {
                ungraded += 1
                continue
            }
            try inserter.insert(prepared)
            outcome.add(String.fromDatabaseValue(values.value(.inputFingerprint)))
            written += 1
            if Bool.fromDatabaseValue(values.value(.isVoided)) == true { counts["voided", default: 0] += 1 }
            if Bool.fromDatabaseValue(values.value(.isPush)) == true { counts["pushes", default: 0] += 1 }
            if let correct = Bool.fromDatabaseValue(values.value(.predictionCorrect)) {
                counts[correct ? "correct" : "incorrect", default: 0] += 1
            }
        }
        var summary = counts.mapValues(String.init)
        summary["without_game_summary"] = String(ungraded)
        return ProcessorOutcome(
            rowsWritten: [Self.table: written], rowsSkipped: ungraded, inputFingerprint: outcome.hex, summary: summary)
    }

    /// The date's actuals by player, with one query.
    static func actuals(_ db: Database, date: String) throws -> [String: (game: ActualGame, print: String)] {
        var result: [String: (game: ActualGame, print: String)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: "SELECT player_lookup, points, minutes_played, is_dnp FROM player_game_summary WHERE game_date = ?",
            arguments: [date])
        {
            let game = ActualGame(points: row["points"], minutes: row["minutes_played"], isDNP: row["is_dnp"])
            var print = Fingerprint()
            print.add(game.points)
            print.add(game.minutes)
            print.add(game.isDNP)
            result[row["player_lookup"]] = (game, print.hex)
        }
        return result
    }

    /// `row` holds `predictionColumns`.
    static func values(
        _ row: SelectedRow<PlayerPropPredictionsColumn>, actual: (game: ActualGame, print: String), date: String,
        runID: String
    ) -> TableRow<PredictionAccuracyColumn> {
        let recommendation = Recommendation(rawValue: row[.recommendation]) ?? .noLine
        let observedLine: Double? = row[.hasPropLine] == true ? row[.currentPointsLine] : nil
        let prediction = GradedPrediction(
            predictedPoints: row[.predictedPoints], recommendation: recommendation,
            observedLine: observedLine,
            injuryStatus: row[.injuryStatusAtPrediction], seasonAverage: row[.seasonAvgBaseline]
        )
        let grade = Grade(prediction, actual: actual.game)
        let confidence: Double = row[.confidenceScore]
        var print = Fingerprint()
        print.add(row[.inputFingerprint] as String)
        print.add(actual.print)
        return [
            .playerLookup: row.value(.playerLookup), .gameId: row.value(.gameId), .gameDate: date,
            .systemId: row.value(.systemId), .predictionId: row.value(.predictionId),
            .teamAbbr: row.value(.teamAbbr),
            .opponentTeamAbbr: row.value(.opponentTeamAbbr), .predictedPoints: prediction.predictedPoints,
            .actualPoints: actual.game.points, .minutesPlayed: actual.game.minutes,
            .confidenceScore: confidence, .rawConfidenceScore: row.value(.rawConfidenceScore),
            .confidenceDecile: min(10, Int(confidence / 10) + 1), .recommendation: recommendation.rawValue,
            .hasPropLine: observedLine != nil, .lineValue: observedLine, .lineSource: row.value(.lineSource),
            .lineBookmaker: row.value(.sportsbook), .estimatedLineValue: row.value(.estimatedLineValue),
            .absoluteError: grade.absoluteError, .signedError: grade.signedError, .within3Points: grade.within3,
            .within5Points: grade.within5, .predictionCorrect: grade.correct,
            .predictedMargin: grade.predictedMargin, .actualMargin: grade.actualMargin, .isPush: grade.isPush,
            .isVoided: grade.isVoided, .voidReason: grade.voidReason,
            .preGameInjuryStatus: prediction.injuryStatus, .seasonAvgBaseline: prediction.seasonAverage,
            .seasonAvgAbsError: grade.seasonAverageAbsoluteError,
            .seasonAvgSignedError: grade.seasonAverageSignedError, .lineAbsError: grade.lineAbsoluteError,
            .lineSignedError: grade.lineSignedError, .contextOrigin: row.value(.contextOrigin),
            .syntheticContextFields: row.value(.syntheticContextFields),
            .featureQualityScore: row.value(.featureQualityScore),
            .dataQualityTier: row.value(.qualityTier),
            .syntheticFeatureCount: row.value(.syntheticFeatureCount),
            .syntheticShare: row.value(.syntheticShare),
            .earlySeasonFlag: row.value(.earlySeasonFlag), .inputFingerprint: print.hex, .runId: runID,
        ]
    }
}
