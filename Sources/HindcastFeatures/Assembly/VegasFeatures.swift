import HindcastCore

extension FeatureAssembler {
    /// Line features (25-28, 38, 41, 42, 50-53): from observed pre-game snapshots (`vegas_observed`).
    /// With the profile's `estimates_as_features`, a synthetic row's estimated line, spread and total
    /// fill the same features where no snapshot exists, tagged `estimated` (so they count toward
    /// `synthetic_share`); `has_vegas_line` (28) and the streaks stay those of an observed line only.
    func vegas(
        _ lookup: String, season: [PlayerGameLogEntry], context: PlayerContextRecord, pointsAvgSeason: Double?
    )
        -> [FeatureID: FeatureValue]
    {
        var f = [FeatureID: FeatureValue]()
        let observedLine = context.currentPointsLine
        if let line = observedLine {
            let opening = context.openingPointsLine ?? line
            f[.vegasPointsLine] = FeatureValue(line, .vegasObserved)
            f[.vegasOpeningLine] = FeatureValue(opening, .vegasObserved)
            f[.vegasLineMove] = FeatureValue(line - opening, .vegasObserved)
            f[.hasVegasLine] = FeatureValue(1, .vegasObserved)
            if let average = pointsAvgSeason { f[.lineVsSeasonAvg] = FeatureValue(line - average, .vegasObserved) }
        } else {
            f[.hasVegasLine] = .first([], feature: .hasVegasLine)
            if estimatesAsFeatures, context.isSynthetic, let line = context.estimatedPointsLine {
                f[.vegasPointsLine] = FeatureValue(line, .estimated)
                f[.vegasOpeningLine] = FeatureValue(line, .estimated)
                f[.vegasLineMove] = FeatureValue(0, .estimated)
                if let average = pointsAvgSeason { f[.lineVsSeasonAvg] = FeatureValue(line - average, .estimated) }
            }
        }
        let useEstimates = estimatesAsFeatures && context.isSynthetic
        let total: (Double, FeatureSource)? =
            context.gameTotal.map { ($0, .vegasObserved) }
            ?? (useEstimates ? context.estimatedGameTotal.map { ($0, .estimated) } : nil)
        let spread: (Double, FeatureSource)? =
            context.gameSpread.map { ($0, .vegasObserved) }
            ?? (useEstimates ? context.estimatedGameSpread.map { ($0, .estimated) } : nil)
        if let total { f[.gameTotalLine] = FeatureValue(total.0, total.1) }
        if let spread {
            f[.spreadMagnitude] = FeatureValue(abs(spread.0), spread.1)
            if let total {
                let source: FeatureSource =
                    spread.1 == .estimated || total.1 == .estimated ? .estimated : .vegasObserved
                f[.impliedTeamTotal] = FeatureValue((total.0 - spread.0) / 2, source)
            }
        }
        let books = Array((inputs.bookLines[lookup] ?? [:]).values)
        if books.count >= 2, let spread = ScoringSummary.sampleStandardDeviation(books) {
            f[.multiBookLineStd] = FeatureValue(spread, .vegasObserved)
        }
        if observedLine != nil {
            let tag = ContextTag.phase3(context)
            f[.propOverStreak] = .first([(context.propOverStreak.map(Double.init), tag)], feature: .propOverStreak)
            f[.propUnderStreak] = .first([(context.propUnderStreak.map(Double.init), tag)], feature: .propUnderStreak)
        }
        return f
    }
}
