import HindcastCore

extension FeatureAssembler {
    /// Line features (25-28, 38, 41, 42, 50-53): only from observed pre-game snapshots; an estimated
    /// line never becomes a feature.
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
        }
        if let total = context.gameTotal { f[38] = FeatureValue(total, .vegasObserved) }
        if let spread = context.gameSpread {
            f[41] = FeatureValue(abs(spread), .vegasObserved)
            if let total = context.gameTotal { f[42] = FeatureValue((total - spread) / 2, .vegasObserved) }
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
