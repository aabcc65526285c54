import HindcastCore

extension FeatureAssembler {
    /// Composite factors and opponent defence (5-8, 13, 14) and shot-zone shares (18-20).
    func matchup(_ lookup: String, season: [PlayerGameLogEntry], context: PlayerContextRecord) -> [Int: FeatureValue] {
        var f = [Int: FeatureValue]()
        if let composite = inputs.composite[lookup] {
            let tag = ContextTag.phase4(origin: composite.contextOrigin, dependsOnContext: true)
            f[5] = .first([(composite.fatigue, tag)], feature: 5)
            f[6] = .first([(composite.mismatch, tag)], feature: 6)
            f[7] = .first([(composite.pace, tag)], feature: 7)
            f[8] = .first([(composite.usage, tag)], feature: 8)
        }
        let defense = inputs.defense[context.opponentTeamAbbr]
        let phase3 = ContextTag.phase3(context)
        f[13] = .first([(defense?.defensiveRating, .phase4), (context.opponentDefRatingLast10, phase3)], feature: 13)
        f[14] = .first([(defense?.opponentPace, .phase4), (context.opponentPaceLast10, phase3)], feature: 14)
        let zones = inputs.zones[lookup]
        f[18] = .first([(zones?.paintRate.map { $0 / 100 }, .phase4)], feature: 18)
        f[19] = .first([(zones?.midRangeRate.map { $0 / 100 }, .phase4)], feature: 19)
        let recent = season.filter(\.played).prefix(10)
        let attempts = recent.reduce(0) { $0 + ($1.fgAttempts ?? 0) }
        let threes = recent.reduce(0) { $0 + ($1.threeAttempts ?? 0) }
        f[20] = .first(
            [
                (zones?.threeRate.map { $0 / 100 }, .phase4),
                (attempts > 0 ? Double(threes) / Double(attempts) : nil, .calculated),
            ],
            feature: 20)
        return f
    }

    /// Team pace, rating and record (22-24).
    func team(_ lookup: String, context: PlayerContextRecord) -> [Int: FeatureValue] {
        let cache = inputs.cache[lookup]
        let form = inputs.teams.form(of: context.teamAbbr)
        let games = inputs.teams.games(of: context.teamAbbr)
        var f = [Int: FeatureValue]()
        f[22] = .first([(cache?.teamPaceLast10, .phase4), (form.pace, .calculated)], feature: 22)
        f[23] = .first([(cache?.teamOffRatingLast10, .phase4), (form.offensiveRating, .calculated)], feature: 23)
        let winShare = games.count >= 5 ? Double(games.filter(\.win).count) / Double(games.count) : nil
        f[24] = .first([(winShare, .calculated)], feature: 24)
        return f
    }
}
