import HindcastCore

extension FeatureAssembler {
    /// Features read from the context row (4, 9, 10, 15-17, 37, 39, 40) and teammates out (47).
    func gameContext(
        _ lookup: String, season: [PlayerGameLogEntry], context: PlayerContextRecord
    ) -> [Int: FeatureValue] {
        let phase3 = ContextTag.phase3(context)
        let cache = inputs.cache[lookup]
        var f = [Int: FeatureValue]()
        let cached = cache?.gamesInLast7Days.map(Double.init)
        f[4] = .first(
            [
                (cached, ContextTag.phase4(origin: cache?.contextOrigin, dependsOnContext: true)),
                (context.gamesInLast7Days.map(Double.init), phase3),
            ], feature: 4)
        var restAdvantage: Double?
        if let own = context.daysRest, let other = context.opponentDaysRest {
            restAdvantage = Double(min(2, max(-2, own - other)))
        }
        f[9] = .first([(restAdvantage, phase3)], feature: 9)
        f[10] = FeatureValue(injuryRisk(lookup, context: context), phase3)
        f[15] = .first([(context.homeGame.map { $0 ? 1 : 0 }, phase3)], feature: 15)
        f[16] = .first([(context.backToBack.map { $0 ? 1 : 0 }, phase3)], feature: 16)
        f[17] = .first([(context.seasonPhase.map { $0 == "playoffs" ? 1 : 0 }, phase3)], feature: 17)
        f[37] = .first([(context.starTeammatesOut.map(Double.init), phase3)], feature: 37)
        f[39] = .first([(context.daysRest.map(Double.init), phase3)], feature: 39)
        f[40] = .first([(context.minutesInLast7Days.map(Double.init), phase3)], feature: 40)
        var available = 0.0
        for teammate in inputs.inactive[context.teamAbbr] ?? [] where teammate != lookup {
            available += inactiveUsage[teammate] ?? 0
        }
        f[47] = FeatureValue(available, .calculated)
        return f
    }

    /// Injury risk from the context row's pre-game status; without an injury report, from D's
    /// official inactive list (3 when listed, else 0), tagged by the context row's origin.
    func injuryRisk(_ lookup: String, context: PlayerContextRecord) -> Double {
        switch context.playerStatus?.lowercased() {
        case "probable": return 1
        case "questionable": return 2
        case "doubtful", "out": return 3
        case "available": return 0
        default: return (inputs.inactive[context.teamAbbr] ?? []).contains(lookup) ? 3 : 0
        }
    }
}
