import HindcastCore

extension FeatureAssembler {
    /// Scoring, minutes and trend features (0-3, 11, 12, 21, 29-36, 43-46, 48, 49).
    func playerHistory(
        _ lookup: String, season: [PlayerGameLogEntry], year: [PlayerGameLogEntry], context: PlayerContextRecord
    ) -> [Int: FeatureValue] {
        let cache = inputs.cache[lookup]
        let summary = ScoringSummary(season)
        let points = Self.points(season)
        var f = [Int: FeatureValue]()
        f[0] = .first([(cache?.pointsAvgLast5, .phase4), (summary.pointsAvgLast5, .calculated)], feature: 0)
        f[1] = .first([(cache?.pointsAvgLast10, .phase4), (summary.pointsAvgLast10, .calculated)], feature: 1)
        f[2] = .first([(cache?.pointsAvgSeason, .phase4), (summary.pointsAvgSeason, .calculated)], feature: 2)
        f[3] = .first([(cache?.pointsStdLast10, .phase4), (summary.pointsStdLast10, .calculated)], feature: 3)
        let lastFive = season.prefix(5).map { Double($0.points ?? 0) }
        var trend: Double?
        if lastFive.count == 5 {
            let change = lastFive.prefix(2).reduce(0, +) / 2 - lastFive.suffix(3).reduce(0, +) / 3
            trend = change >= 5 ? 2 : change >= 2 ? 1 : change <= -5 ? -2 : change <= -2 ? -1 : 0
        }
        f[11] = .first([(trend, .calculated)], feature: 11)
        var minutesChange: Double?
        if let recent = cache?.minutesAvgLast10 ?? summary.minutesAvgLast10, let base = summary.minutesAvgSeason,
            base > 0
        {
            let change = (recent - base) / base
            minutesChange = change >= 0.2 ? 2 : change >= 0.1 ? 1 : change <= -0.2 ? -2 : change <= -0.1 ? -1 : 0
        }
        f[12] = .first([(minutesChange, .calculated)], feature: 12)
        let lastTen = season.prefix(10)
        var freeThrowShare: Double?
        if lastTen.count >= 5 {
            let totalPoints = lastTen.reduce(0) { $0 + ($1.points ?? 0) }
            let made = lastTen.reduce(0) { $0 + ($1.ftMakes ?? 0) }
            freeThrowShare = totalPoints > 0 ? min(0.5, max(0, Double(made) / Double(totalPoints))) : nil
        }
        f[21] = .first([(freeThrowShare, .calculated)], feature: 21)
        let versus = Self.points(year.filter { $0.opponent == context.opponentTeamAbbr })
        f[29] = .first(
            [(ScoringSummary.mean(versus[...]), .calculated), (summary.pointsAvgSeason, .calculated)], feature: 29)
        f[30] = FeatureValue(Double(versus.count), .calculated)
        let recentMinutes = year.filter { $0.played && inputs.date.days(since: $0.date) <= 30 && ($0.minutes ?? 0) > 0 }
            .prefix(10)
        f[31] = .first(
            [
                (ScoringSummary.mean(recentMinutes.compactMap(\.minutes)[...]), .calculated),
                (cache?.minutesAvgLast10, .phase4),
            ],
            feature: 31)
        let perMinute = recentMinutes.map { Double($0.points ?? 0) / ($0.minutes ?? 1) }
        f[32] = .first([(ScoringSummary.mean(perMinute[...]), .calculated)], feature: 32)
        let listings = season.prefix(10)
        f[33] = .first(
            [
                (
                    listings.count >= 3 ? Double(listings.filter(\.isDNP).count) / Double(listings.count) : nil,
                    .calculated
                )
            ],
            feature: 33)
        f[34] = .first([(Self.slope(Array(points.prefix(10)), minimum: 5), .calculated)], feature: 34)
        var zscore: Double?
        var breakout: Double?
        if let l5 = summary.pointsAvgLast5, let seasonAverage = summary.pointsAvgSeason,
            let std = summary.pointsStdLast10,
            std > 0
        {
            zscore = min(3, max(-3, (l5 - seasonAverage) / std))
            breakout = l5 > seasonAverage + 1.5 * std ? 1 : 0
        }
        f[35] = .first([(zscore, .calculated)], feature: 35)
        f[36] = .first([(breakout, .calculated)], feature: 36)
        let sixty = Self.points(year.filter { inputs.date.days(since: $0.date) <= 60 && ($0.minutes ?? 0) > 0 })
        let mean60 = ScoringSummary.mean(sixty[...])
        let lastThree = ScoringSummary.mean(sixty.prefix(3))
        f[43] = .first([(sixty.count >= 3 ? lastThree : nil, .calculated)], feature: 43)
        f[44] = .first([(Self.slope(Array(sixty.prefix(7)), minimum: 4), .calculated)], feature: 44)
        if let lastThree, let mean60, sixty.count >= 3 {
            let spread = ScoringSummary.sampleStandardDeviation(sixty) ?? 5
            f[45] = FeatureValue((lastThree - mean60) / (spread > 0 ? spread : 5), .calculated)
            f[46] = FeatureValue(Double(sixty.prefix { $0 < mean60 }.count), .calculated)
        }
        let usages = season.filter(\.played).prefix(5).compactMap(\.usageRate)
        f[48] = .first([(usages.count >= 3 ? ScoringSummary.mean(usages[...]) : nil, .calculated)], feature: 48)
        var sinceChange = 0
        for (index, game) in season.enumerated() {
            let previous = index + 1 < season.count ? season[index + 1] : nil
            sinceChange += 1
            if let previous, previous.team != game.team || game.date.days(since: previous.date) > 14 { break }
        }
        f[49] = .first([(season.isEmpty ? nil : Double(min(30, sinceChange)), .calculated)], feature: 49)
        return f
    }
}
