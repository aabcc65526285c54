import HindcastCore

/// The context of one game as similarity sees it: opponent strength, rest, venue and form.
struct SimilarityBuckets: Sendable, Equatable {
    /// 0 elite (defensive rating more than 2 below the league's), 1 average (less than 3 above,
    /// or unknown), 2 weak.
    let opponentTier: Int
    /// 0 back-to-back (days_rest ≤ 1), 1 one day off (2), 2 two days off (3), 3 rested (≥ 4 or first game).
    let rest: Int
    let isHome: Bool
    /// −1 cold (last 5 ≤ season − 3), 0 normal, 1 hot (last 5 ≥ season + 3).
    let form: Int

    /// The reference's tiers (< 110 elite, < 115 average) were set around a league rating of
    /// about 112; here they sit at the same distances from the league's rating before the game.
    static func opponentTier(defensiveRating: Double?, league: Double?) -> Int {
        guard let rating = defensiveRating else { return 1 }
        let center = league ?? 112
        if rating < center - 2 { return 0 }
        if rating < center + 3 { return 1 }
        return 2
    }

    /// Buckets days of rest in Hindcast's convention (back-to-back = 1).
    static func rest(daysRest: Int?) -> Int {
        guard let days = daysRest else { return 3 }
        return min(3, max(0, days - 1))
    }

    static func form(lastFive: Double?, season: Double?) -> Int {
        guard let lastFive, let season else { return 0 }
        if lastFive - season >= 3 { return 1 }
        if lastFive - season <= -3 { return -1 }
        return 0
    }

    /// Similarity points (0-100): opponent 40 (adjacent tier 20), rest 30 (adjacent 15), venue 15,
    /// form 15 (else 5).
    func score(against other: SimilarityBuckets) -> Double {
        var score = 0.0
        switch abs(opponentTier - other.opponentTier) {
        case 0: score += 40
        case 1: score += 20
        default: break
        }
        switch abs(rest - other.rest) {
        case 0: score += 30
        case 1: score += 15
        default: break
        }
        if isHome == other.isHome { score += 15 }
        score += form == other.form ? 15 : 5
        return score
    }
}

/// A played earlier game with the buckets it had before tip-off.
struct BucketedGame: Sendable {
    let game: PastGame
    let points: Double
    let buckets: SimilarityBuckets

    /// Buckets each played game from what was known before it: the opponent's defensive rating
    /// over its previous 15 games, days since the player's previous game played, venue, and the
    /// player's last-5 average against his season average before that game.
    static func bucket(_ games: [PastGame], defense: TeamDefenseTimeline) -> [BucketedGame] {
        var result: [BucketedGame] = []
        var previous: [Double] = []
        var lastDate: GameDate?
        for game in games where game.played {
            let points = Double(game.points!)
            let lastFive = previous.isEmpty ? nil : previous.suffix(5).reduce(0, +) / Double(previous.suffix(5).count)
            let season = previous.isEmpty ? nil : previous.reduce(0, +) / Double(previous.count)
            let buckets = SimilarityBuckets(
                opponentTier: SimilarityBuckets.opponentTier(
                    defensiveRating: defense.rating(of: game.opponent, before: game.date),
                    league: defense.leagueRating(before: game.date)),
                rest: SimilarityBuckets.rest(daysRest: lastDate.map { game.date.days(since: $0) }),
                isHome: game.isHome, form: SimilarityBuckets.form(lastFive: lastFive, season: season))
            result.append(BucketedGame(game: game, points: points, buckets: buckets))
            previous.append(points)
            lastDate = game.date
        }
        return result
    }
}
