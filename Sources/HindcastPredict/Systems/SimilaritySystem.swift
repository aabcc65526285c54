import HindcastCore

/// `similarity_balanced_v1`: the similarity-weighted mean of the player's own earlier games whose
/// context (opponent tier, rest, venue, form; `SimilarityBuckets`) resembles today's (at least 70 similarity points, the 20 most similar, at least 5),
/// plus fatigue (0.015·(fatigue − 70), 100 = fresh), shot-zone, pace, usage and venue adjustments.
/// With fewer than 5 similar games the baseline is the season average so far, and says so.
public struct SimilaritySystem: PredictionSystem {
    public static let id = "similarity_balanced_v1"
    public var id: String { Self.id }

    static let minimumScore = 70.0
    static let maximumGames = 20
    static let minimumGames = 5

    public init() {}

    public func predict(_ player: PlayerDay) -> SystemPrediction {
        let f = player.features.features
        let defense = player.season.teamDefense
        let today = SimilarityBuckets(
            opponentTier: SimilarityBuckets.opponentTier(
                defensiveRating: player.features.opponentTeamAbbr.flatMap {
                    defense.rating(of: $0, before: player.date)
                }, league: defense.leagueRating(before: player.date)),
            rest: SimilarityBuckets.rest(daysRest: player.features.daysRest ?? backToBackRest(f)),
            isHome: player.features.playsAtHome,
            form: SimilarityBuckets.form(
                lastFive: f.filled(.pointsAvgLast5), season: f.filled(.pointsAvgSeason)))
        let matches = Self.similarGames(to: today, among: player)
        let scores: [Double] = matches.map { $0.score }
        let outcomes: [Double] = matches.map { $0.game.points }
        var warnings: [String] = []
        let baseline: Double
        if matches.count >= Self.minimumGames {
            baseline = zip(scores, outcomes).map(*).reduce(0, +) / scores.reduce(0, +)
        } else {
            baseline = player.games.seasonAverage ?? f.filled(.pointsAvgSeason)
            warnings.append(
                "\(matches.count) similar game\(matches.count == 1 ? "" : "s") (5 needed): baseline is the season average"
            )
        }
        var adjustments = Adjustments()
        adjustments.fatigue = 0.015 * (f.filled(.fatigueScore) - 70)
        adjustments.shotZone = 0.4 * f.filled(.shotZoneMismatchScore)
        adjustments.pace = 0.8 * f.filled(.paceScore)
        adjustments.usageSpike = 0.8 * f.filled(.usageSpikeScore)
        adjustments.homeAway = player.features.playsAtHome ? 0.8 : -0.5
        let total = [
            adjustments.fatigue, adjustments.shotZone, adjustments.pace, adjustments.usageSpike, adjustments.homeAway,
        ].compactMap { $0 }.reduce(0, +)
        var prediction = SystemPrediction(
            points: RuleAdjustments.clampPoints(baseline + total),
            baseConfidence: Self.confidence(scores: scores, outcomes: outcomes))
        prediction.adjustments = adjustments
        prediction.similarity = SimilarityStats(
            baseline: baseline, games: matches.count,
            averageScore: scores.isEmpty ? nil : scores.reduce(0, +) / Double(scores.count),
            minimumScore: scores.min())
        prediction.keyFactors = [
            "opponent_tier": ["elite", "average", "weak"][today.opponentTier],
            "rest_bucket": ["back_to_back", "one_day_off", "two_days_off", "rested"][today.rest],
            "form": ["cold", "normal", "hot"][today.form + 1],
        ]
        prediction.warnings = warnings
        return prediction
    }

    /// The most similar earlier games (score ≥ 70, at most 20), most similar then most recent first.
    static func similarGames(
        to today: SimilarityBuckets, among player: PlayerDay
    ) -> [(
        game: BucketedGame, score: Double
    )] {
        let bucketed = BucketedGame.bucket(player.games, defense: player.season.teamDefense)
        var scored: [(game: BucketedGame, score: Double)] = []
        for game in bucketed {
            let score = today.score(against: game.buckets)
            if score >= minimumScore { scored.append((game, score)) }
        }
        scored.sort { lhs, rhs in
            if lhs.score != rhs.score { return lhs.score > rhs.score }
            return lhs.game.game.date > rhs.game.game.date
        }
        return Array(scored.prefix(maximumGames))
    }

    private func backToBackRest(_ f: FeatureVector) -> Int? {
        f.value(.backToBack).map { $0 >= 0.5 ? 1 : 2 }
    }

    /// 35, plus by match count +12 (≥ 15), +9 (≥ 10), +6 (≥ 7), −10 (≥ 5), −15 (fewer); by mean
    /// similarity +12 (≥ 85), +9 (≥ 75), +6 (≥ 70), else +3; by the matched games' points
    /// standard deviation +10 (< 4), +6 (< 6), +2 (< 8), else −5; clamped to 0-100.
    static func confidence(scores: [Double], outcomes: [Double]) -> Double {
        var confidence = 35.0
        switch scores.count {
        case 15...: confidence += 12
        case 10...: confidence += 9
        case 7...: confidence += 6
        case 5...: confidence -= 10
        default: confidence -= 15
        }
        let average = scores.isEmpty ? 0 : scores.reduce(0, +) / Double(scores.count)
        if average >= 85 {
            confidence += 12
        } else if average >= 75 {
            confidence += 9
        } else if average >= 70 {
            confidence += 6
        } else {
            confidence += 3
        }
        if outcomes.count >= 2 {
            let mean = outcomes.reduce(0, +) / Double(outcomes.count)
            let deviation = (outcomes.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(outcomes.count))
                .squareRoot()
            if deviation < 4 {
                confidence += 10
            } else if deviation < 6 {
                confidence += 6
            } else if deviation < 8 {
                confidence += 2
            } else {
                confidence -= 5
            }
        } else {
            confidence -= 5
        }
        return min(100, max(0, confidence))
    }
}
