import HindcastCore

extension FeatureAssembler {
    /// Composite factors and opponent defence (5-8, 13, 14) and shot-zone shares (18-20).
    func matchup(
        _ lookup: String, season: [PlayerGameLogEntry], context: PlayerContextRecord
    ) -> [FeatureID: FeatureValue] {
        var f = [FeatureID: FeatureValue]()
        if let composite = inputs.composite[lookup] {
            let tag = ContextTag.phase4(origin: composite.contextOrigin, dependsOnContext: true)
            f[.fatigueScore] = .first([(composite.fatigue, tag)], feature: .fatigueScore)
            f[.shotZoneMismatchScore] = .first([(composite.mismatch, tag)], feature: .shotZoneMismatchScore)
            f[.paceScore] = .first([(composite.pace, tag)], feature: .paceScore)
            f[.usageSpikeScore] = .first([(composite.usage, tag)], feature: .usageSpikeScore)
        }
        let defense = inputs.defense[context.opponentTeamAbbr]
        let phase3 = ContextTag.phase3(context)
        f[.opponentDefRating] = .first(
            [(defense?.defensiveRating, .phase4), (context.opponentDefRatingLast10, phase3)],
            feature: .opponentDefRating)
        f[.opponentPace] = .first(
            [(defense?.opponentPace, .phase4), (context.opponentPaceLast10, phase3)], feature: .opponentPace)
        let zones = inputs.zones[lookup]
        f[.pctPaint] = .first([(zones?.paintRate.map { $0 / 100 }, .phase4)], feature: .pctPaint)
        f[.pctMidRange] = .first([(zones?.midRangeRate.map { $0 / 100 }, .phase4)], feature: .pctMidRange)
        let recent = season.filter(\.played).prefix(10)
        let attempts = recent.reduce(0) { $0 + ($1.fgAttempts ?? 0) }
        let threes = recent.reduce(0) { $0 + ($1.threeAttempts ?? 0) }
        f[.pctThree] = .first(
            [
                (zones?.threeRate.map { $0 / 100 }, .phase4),
                (attempts > 0 ? Double(threes) / Double(attempts) : nil, .calculated),
            ],
            feature: .pctThree)
        return f
    }

    /// Team pace, rating and record (22-24).
    func team(_ lookup: String, context: PlayerContextRecord) -> [FeatureID: FeatureValue] {
        let cache = inputs.cache[lookup]
        let form = inputs.teams.form(of: context.teamAbbr)
        let games = inputs.teams.games(of: context.teamAbbr)
        var f = [FeatureID: FeatureValue]()
        f[.teamPace] = .first([(cache?.teamPaceLast10, .phase4), (form.pace, .calculated)], feature: .teamPace)
        f[.teamOffRating] = .first(
            [(cache?.teamOffRatingLast10, .phase4), (form.offensiveRating, .calculated)], feature: .teamOffRating)
        let winShare = games.count >= 5 ? Double(games.filter(\.win).count) / Double(games.count) : nil
        f[.teamWinPct] = .first([(winShare, .calculated)], feature: .teamWinPct)
        return f
    }
}
