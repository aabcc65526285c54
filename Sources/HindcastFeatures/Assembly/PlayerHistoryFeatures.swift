import HindcastCore

extension FeatureAssembler {
    /// Scoring, minutes and trend features (0-3, 11, 12, 21, 29-36, 43-46, 48, 49).
    func playerHistory(
        _ lookup: String, season: [PlayerGameLogEntry], year: [PlayerGameLogEntry], context: PlayerContextRecord
    ) -> [FeatureID: FeatureValue] {
        let cache = inputs.cache[lookup]
        let summary = ScoringSummary(season)
        let points = Self.points(season)
        var f = [FeatureID: FeatureValue]()
        f[.pointsAvgLast5] = .first(
            [(cache?.pointsAvgLast5, .phase4), (summary.pointsAvgLast5, .calculated)], feature: .pointsAvgLast5)
        f[.pointsAvgLast10] = .first(
            [(cache?.pointsAvgLast10, .phase4), (summary.pointsAvgLast10, .calculated)], feature: .pointsAvgLast10)
        f[.pointsAvgSeason] = .first(
            [(cache?.pointsAvgSeason, .phase4), (summary.pointsAvgSeason, .calculated)], feature: .pointsAvgSeason)
        f[.pointsStdLast10] = .first(
            [(cache?.pointsStdLast10, .phase4), (summary.pointsStdLast10, .calculated)], feature: .pointsStdLast10)
        let lastFive = season.prefix(5).map { Double($0.points ?? 0) }
        var trend: Double?
        if lastFive.count == 5 {
            let change = lastFive.prefix(2).reduce(0, +) / 2 - lastFive.suffix(3).reduce(0, +) / 3
            trend = change >= 5 ? 2 : change >= 2 ? 1 : change <= -5 ? -2 : change <= -2 ? -1 : 0
        }
        f[.recentTrend] = .first([(trend, .calculated)], feature: .recentTrend)
        var minutesChange: Double?
        if let recent = cache?.minutesAvgLast10 ?? summary.minutesAvgLast10, let base = summary.minutesAvgSeason,
            base > 0
        {
            let change = (recent - base) / base
            minutesChange = change >= 0.2 ? 2 : change >= 0.1 ? 1 : change <= -0.2 ? -2 : change <= -0.1 ? -1 : 0
        }
        f[.minutesChange] = .first([(minutesChange, .calculated)], feature: .minutesChange)
        let lastTen = season.prefix(10)
        var freeThrowShare: Double?
        if lastTen.count >= 5 {
            let totalPoints = lastTen.reduce(0) { $0 + ($1.points ?? 0) }
            let made = lastTen.reduce(0) { $0 + ($1.ftMakes ?? 0) }
            freeThrowShare = totalPoints > 0 ? min(0.5, max(0, Double(made) / Double(totalPoints))) : nil
        }
        f[.pctFreeThrow] = .first([(freeThrowShare, .calculated)], feature: .pctFreeThrow)
        let versus = Self.points(year.filter { $0.opponent == context.opponentTeamAbbr })
        f[.avgPointsVsOpponent] = .first(
            [(ScoringSummary.mean(versus[...]), .calculated), (summary.pointsAvgSeason, .calculated)],
            feature: .avgPointsVsOpponent)
        f[.gamesVsOpponent] = FeatureValue(Double(versus.count), .calculated)
        let recentMinutes = year.filter { $0.played && inputs.date.days(since: $0.date) <= 30 && ($0.minutes ?? 0) > 0 }
            .prefix(10)
        f[.minutesAvgLast10] = .first(
            [
                (ScoringSummary.mean(recentMinutes.compactMap(\.minutes)[...]), .calculated),
                (cache?.minutesAvgLast10, .phase4),
            ],
            feature: .minutesAvgLast10)
        let perMinute = recentMinutes.map { Double($0.points ?? 0) / ($0.minutes ?? 1) }
        f[.ppmAvgLast10] = .first([(ScoringSummary.mean(perMinute[...]), .calculated)], feature: .ppmAvgLast10)
        let listings = season.prefix(10)
        f[.dnpRate] = .first(
            [
                (
                    listings.count >= 3 ? Double(listings.filter(\.isDNP).count) / Double(listings.count) : nil,
                    .calculated
                )
            ],
            feature: .dnpRate)
        f[.ptsSlope10g] = .first(
            [(Self.slope(Array(points.prefix(10)), minimum: 5), .calculated)], feature: .ptsSlope10g)
        var zscore: Double?
        var breakout: Double?
        if let l5 = summary.pointsAvgLast5, let seasonAverage = summary.pointsAvgSeason,
            let std = summary.pointsStdLast10,
            std > 0
        {
            zscore = min(3, max(-3, (l5 - seasonAverage) / std))
            breakout = l5 > seasonAverage + 1.5 * std ? 1 : 0
        }
        f[.ptsVsSeasonZscore] = .first([(zscore, .calculated)], feature: .ptsVsSeasonZscore)
        f[.breakoutFlag] = .first([(breakout, .calculated)], feature: .breakoutFlag)
        let sixty = Self.points(year.filter { inputs.date.days(since: $0.date) <= 60 && ($0.minutes ?? 0) > 0 })
        let mean60 = ScoringSummary.mean(sixty[...])
        let lastThree = ScoringSummary.mean(sixty.prefix(3))
        f[.pointsAvgLast3] = .first([(sixty.count >= 3 ? lastThree : nil, .calculated)], feature: .pointsAvgLast3)
        f[.scoringTrendSlope] = .first(
            [(Self.slope(Array(sixty.prefix(7)), minimum: 4), .calculated)], feature: .scoringTrendSlope)
        if let lastThree, let mean60, sixty.count >= 3 {
            let spread = ScoringSummary.sampleStandardDeviation(sixty) ?? 5
            f[.deviationFromAvgLast3] = FeatureValue((lastThree - mean60) / (spread > 0 ? spread : 5), .calculated)
            f[.consecutiveGamesBelowAvg] = FeatureValue(Double(sixty.prefix { $0 < mean60 }.count), .calculated)
        }
        let usages = season.filter(\.played).prefix(5).compactMap(\.usageRate)
        f[.usageRateLast5] = .first(
            [(usages.count >= 3 ? ScoringSummary.mean(usages[...]) : nil, .calculated)], feature: .usageRateLast5)
        var sinceChange = 0
        for (index, game) in season.enumerated() {
            let previous = index + 1 < season.count ? season[index + 1] : nil
            sinceChange += 1
            if let previous, previous.team != game.team || game.date.days(since: previous.date) > 14 { break }
        }
        f[.gamesSinceStructuralChange] = .first(
            [(season.isEmpty ? nil : Double(min(30, sinceChange)), .calculated)], feature: .gamesSinceStructuralChange)
        return f
    }
}
