import HindcastCore

/// Builds the 54 features of one player on game day D from the loaded inputs, each with its
/// source tag: Phase 4 first, then Phase 3 (context rows, tagged by their origin) or values
/// calculated from game summaries, then the default.
struct FeatureAssembler {
    let inputs: FeatureInputs
    /// Per player on D's inactive list, his mean usage over his games of the last 30 days with
    /// more than 10 minutes (0 without any): computed once per date, not once per teammate.
    let inactiveUsage: [String: Double]
    /// Whether a synthetic row's estimated line, spread and total fill line features (tag `estimated`).
    let estimatesAsFeatures: Bool

    init(inputs: FeatureInputs, estimatesAsFeatures: Bool = false) {
        self.inputs = inputs
        self.estimatesAsFeatures = estimatesAsFeatures
        var usage: [String: Double] = [:]
        for lookup in inputs.inactive.values.joined() where usage[lookup] == nil {
            let recent = inputs.players.games(of: lookup).filter {
                $0.played && inputs.date.days(since: $0.date) <= 30 && ($0.minutes ?? 0) > 10
            }
            usage[lookup] = ScoringSummary.mean(recent.compactMap(\.usageRate)[...]) ?? 0
        }
        inactiveUsage = usage
    }

    /// Every feature of `lookup`, in catalog order.
    func features(for lookup: String) -> [FeatureValue] {
        guard let context = inputs.context[lookup] else {
            return FeatureID.allCases.map { FeatureValue.first([], feature: $0) }
        }
        let games = inputs.players.games(of: lookup)
        let season = games.filter { $0.date >= inputs.seasonStart }
        var values = [FeatureID: FeatureValue]()
        values.merge(playerHistory(lookup, season: season, year: games, context: context)) { $1 }
        values.merge(matchup(lookup, season: season, context: context)) { $1 }
        values.merge(gameContext(lookup, season: season, context: context)) { $1 }
        values.merge(team(lookup, context: context)) { $1 }
        values.merge(vegas(lookup, season: season, context: context, pointsAvgSeason: values[.pointsAvgSeason]?.value))
        { $1 }
        return FeatureID.allCases.map { values[$0] ?? FeatureValue.first([], feature: $0) }
    }

    /// Points of played games, newest first.
    static func points(_ games: [PlayerGameLogEntry]) -> [Double] {
        games.filter(\.played).map { Double($0.points ?? 0) }
    }

    /// Least-squares slope of values ordered oldest → newest (needs `minimum` values).
    static func slope(_ newestFirst: [Double], minimum: Int) -> Double? {
        guard newestFirst.count >= minimum else { return nil }
        let values = Array(newestFirst.reversed())
        let n = Double(values.count)
        let meanX = (n - 1) / 2
        let meanY = values.reduce(0, +) / n
        var numerator = 0.0
        var denominator = 0.0
        for (index, value) in values.enumerated() {
            numerator += (Double(index) - meanX) * (value - meanY)
            denominator += (Double(index) - meanX) * (Double(index) - meanX)
        }
        return denominator == 0 ? nil : numerator / denominator
    }
}
