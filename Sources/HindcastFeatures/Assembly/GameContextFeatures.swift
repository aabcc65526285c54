import HindcastCore

extension FeatureAssembler {
    /// Features read from the context row (4, 9, 10, 15-17, 37, 39, 40) and teammates out (47).
    func gameContext(
        _ lookup: String, season: [PlayerGameLogEntry], context: PlayerContextRecord
    ) -> [FeatureID: FeatureValue] {
        let phase3 = ContextTag.phase3(context)
        let cache = inputs.cache[lookup]
        var f = [FeatureID: FeatureValue]()
        let cached = cache?.gamesInLast7Days.map(Double.init)
        f[.gamesInLast7Days] = .first(
            [
                (cached, ContextTag.phase4(origin: cache?.contextOrigin, dependsOnContext: true)),
                (context.gamesInLast7Days.map(Double.init), phase3),
            ], feature: .gamesInLast7Days)
        var restAdvantage: Double?
        if let own = context.daysRest, let other = context.opponentDaysRest {
            restAdvantage = Double(min(2, max(-2, own - other)))
        }
        f[.restAdvantage] = .first([(restAdvantage, phase3)], feature: .restAdvantage)
        f[.injuryRisk] = FeatureValue(injuryRisk(lookup, context: context), phase3)
        f[.homeAway] = .first([(context.homeGame.map { $0 ? 1 : 0 }, phase3)], feature: .homeAway)
        f[.backToBack] = .first([(context.backToBack.map { $0 ? 1 : 0 }, phase3)], feature: .backToBack)
        f[.playoffGame] = .first(
            [(context.seasonPhase.map { $0 == "playoffs" ? 1 : 0 }, phase3)], feature: .playoffGame)
        f[.starTeammatesOut] = .first([(context.starTeammatesOut.map(Double.init), phase3)], feature: .starTeammatesOut)
        f[.daysRest] = .first([(context.daysRest.map(Double.init), phase3)], feature: .daysRest)
        f[.minutesLoadLast7d] = .first(
            [(context.minutesInLast7Days.map(Double.init), phase3)], feature: .minutesLoadLast7d)
        var available = 0.0
        for teammate in inputs.inactive[context.teamAbbr] ?? [] where teammate != lookup {
            available += inactiveUsage[teammate] ?? 0
        }
        f[.teammateUsageAvailable] = FeatureValue(available, .calculated)
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
