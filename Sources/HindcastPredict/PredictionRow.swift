import GRDB
import HindcastCore
import HindcastStore

/// One `player_prop_predictions` row: a system's prediction for a player and date, compared with
/// the line, penalised for synthetic inputs, and carrying its provenance.
struct PredictionRow {
    typealias Columns = TableRow<PlayerPropPredictionsColumn>

    let values: Columns

    /// Builds the row. `prediction.points` is rounded to a tenth before the edge is measured, so
    /// the stored numbers reproduce the recommendation.
    init(
        date: GameDate, systemID: String, feature: FeatureRow, line: LineChoice, context: LineContext?,
        prediction: SystemPrediction, history: [PastGame], settings: PredictionSettings, fingerprint: String,
        runID: String, record: EdgeRecord.Entry? = nil
    ) {
        let points = Rounding.tenth(prediction.points)
        let confidence = ConfidenceRule(settings).apply(
            raw: prediction.baseConfidence, syntheticShare: feature.syntheticShare, qualityScore: feature.qualityScore)
        let recommendation = Recommendation.decide(
            predicted: points, line: line, confidence: confidence.confidence, settings: settings, record: record)
        let edge = line.line.map { Rounding.tenth(points - $0) }
        let adjustments = prediction.adjustments
        func hundredth(_ value: Double?) -> Double? { value.map(Rounding.hundredth) }
        var values: Columns = [
            .predictionId: "\(date)_\(feature.playerLookup)_\(systemID)", .systemId: systemID,
            .playerLookup: feature.playerLookup, .universalPlayerId: feature.universalPlayerID,
            .gameDate: date.description, .gameId: feature.gameID, .teamAbbr: feature.teamAbbr,
            .opponentTeamAbbr: feature.opponentTeamAbbr, .predictionVersion: 1, .predictedPoints: points,
            .confidenceScore: confidence.confidence, .rawConfidenceScore: confidence.raw,
            .syntheticConfidencePenalty: confidence.syntheticPenalty,
            .qualityConfidencePenalty: confidence.qualityPenalty, .recommendation: recommendation.rawValue,
            .edge: edge, .hasPropLine: line.source == .observed, .currentPointsLine: line.observedLine,
            .lineMargin: line.observedLine.map { Rounding.tenth(points - $0) }, .lineSource: line.source.rawValue,
            .estimatedLineValue: line.estimatedLine, .estimationMethod: line.estimationMethod,
            .sportsbook: line.bookmaker, .seasonAvgBaseline: history.seasonAverage.map(Rounding.thousandth),
            .seasonGamesBefore: history.seasonGames.count, .fatigueAdjustment: hundredth(adjustments.fatigue),
            .shotZoneAdjustment: hundredth(adjustments.shotZone), .paceAdjustment: hundredth(adjustments.pace),
            .usageSpikeAdjustment: hundredth(adjustments.usageSpike),
            .homeAwayAdjustment: hundredth(adjustments.homeAway), .otherAdjustments: hundredth(adjustments.other),
            .keyFactors: prediction.keyFactors.isEmpty ? nil : JSONText.object(prediction.keyFactors),
            .warnings: JSONText.array(prediction.warnings), .injuryStatusAtPrediction: context?.playerStatus,
            .contextOrigin: feature.contextOrigin,
            .syntheticContextFields: JSONText.array(feature.syntheticContextFields),
            .featureQualityScore: feature.qualityScore, .qualityTier: feature.qualityTier,
            .syntheticFeatureCount: feature.syntheticFeatureCount, .syntheticShare: feature.syntheticShare,
            .defaultFeatureIndices: feature.defaultFeatureIndices, .earlySeasonFlag: feature.earlySeason,
            .inputFingerprint: fingerprint, .runId: runID,
        ]
        if let similarity = prediction.similarity {
            values[.similarityBaseline] = Rounding.tenth(similarity.baseline)
            values[.similarGamesCount] = similarity.games
            values[.avgSimilarityScore] = hundredth(similarity.averageScore)
            values[.minSimilarityScore] = hundredth(similarity.minimumScore)
        }
        if let model = prediction.model {
            values[.mlModelId] = model.modelID
            values[.modelTrainingStartDate] = model.trainingStart
            values[.modelTrainingEndDate] = model.trainingEnd
            values[.featureImportance] = model.featureImportance
        }
        if let ensemble = prediction.ensemble {
            values[.predictionVariance] = Rounding.hundredth(ensemble.variance)
            values[.systemAgreementScore] = Rounding.hundredth(ensemble.agreementScore)
            values[.contributingSystems] = ensemble.contributingSystems
            values[.ensembleWeights] = ensemble.weightsJSON
        }
        self.values = values
    }
}
