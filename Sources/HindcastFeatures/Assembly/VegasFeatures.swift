import HindcastCore

extension FeatureAssembler {
    /// Line features (25-28, 38, 41, 42, 50-53): from observed pre-game snapshots (`vegas_observed`).
    /// With the profile's `estimates_as_features`, a synthetic row's estimated line, spread and total
    /// fill the same features where no snapshot exists, tagged `estimated` (so they count toward
    /// `synthetic_share`); `has_vegas_line` (28) and the streaks stay those of an observed line only.
    func vegas(
        _ lookup: String, season: [PlayerGameLogEntry], context: PlayerContextRecord, pointsAvgSeason: Double?
    )
        -> [Int: FeatureValue]
    {
        var f = [Int: FeatureValue]()
        let observedLine = context.currentPointsLine
        if let line = observedLine {
            let opening = context.openingPointsLine ?? line
            f[25] = FeatureValue(line, .vegasObserved)
            f[26] = FeatureValue(opening, .vegasObserved)
            f[27] = FeatureValue(line - opening, .vegasObserved)
            f[28] = FeatureValue(1, .vegasObserved)
            if let average = pointsAvgSeason { f[53] = FeatureValue(line - average, .vegasObserved) }
        } else {
            f[28] = .first([], feature: 28)
            if estimatesAsFeatures, context.isSynthetic, let line = context.estimatedPointsLine {
                f[25] = FeatureValue(line, .estimated)
                f[26] = FeatureValue(line, .estimated)
                f[27] = FeatureValue(0, .estimated)
                if let average = pointsAvgSeason { f[53] = FeatureValue(line - average, .estimated) }
            }
        }
        let useEstimates = estimatesAsFeatures && context.isSynthetic
        let total: (Double, FeatureSource)? =
            context.gameTotal.map { ($0, .vegasObserved) }
            ?? (useEstimates ? context.estimatedGameTotal.map { ($0, .estimated) } : nil)
        let spread: (Double, FeatureSource)? =
            context.gameSpread.map { ($0, .vegasObserved) }
            ?? (useEstimates ? context.estimatedGameSpread.map { ($0, .estimated) } : nil)
        if let total { f[38] = FeatureValue(total.0, total.1) }
        if let spread {
            f[41] = FeatureValue(abs(spread.0), spread.1)
            if let total {
                let source: FeatureSource =
                    spread.1 == .estimated || total.1 == .estimated ? .estimated : .vegasObserved
                f[42] = FeatureValue((total.0 - spread.0) / 2, source)
            }
        }
        let books = Array((inputs.bookLines[lookup] ?? [:]).values)
        if books.count >= 2, let spread = ScoringSummary.sampleStandardDeviation(books) {
            f[50] = FeatureValue(spread, .vegasObserved)
        }
        if observedLine != nil {
            let tag = ContextTag.phase3(context)
            f[51] = .first([(context.propOverStreak.map(Double.init), tag)], feature: 51)
            f[52] = .first([(context.propUnderStreak.map(Double.init), tag)], feature: 52)
        }
        return f
    }
}
