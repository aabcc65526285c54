/// The context inputs of the fatigue factor (NULL where the context row has no value).
public struct FatigueInputs: Sendable, Equatable {
    public var daysRest: Int?
    public var backToBack: Bool?
    public var gamesInLast7Days: Int?
    public var minutesInLast7Days: Int?
    public var avgMinutesPerGameLast7: Double?
    public var backToBacksLast14Days: Int?
    public var playerAge: Int?

    public init(
        daysRest: Int? = nil, backToBack: Bool? = nil, gamesInLast7Days: Int? = nil, minutesInLast7Days: Int? = nil,
        avgMinutesPerGameLast7: Double? = nil, backToBacksLast14Days: Int? = nil, playerAge: Int? = nil
    ) {
        self.daysRest = daysRest
        self.backToBack = backToBack
        self.gamesInLast7Days = gamesInLast7Days
        self.minutesInLast7Days = minutesInLast7Days
        self.avgMinutesPerGameLast7 = avgMinutesPerGameLast7
        self.backToBacksLast14Days = backToBacksLast14Days
        self.playerAge = playerAge
    }
}

/// The reference's composite-factor maths (reference-pipeline §2.3), reproduced exactly,
/// including its defaults and its projected-usage quirk.
public enum CompositeFactorMath {
    /// Fatigue score, 0-100 where 100 is fresh: start at 100; a back-to-back −15, else 3+ days of
    /// rest +5; 4+ games in 7 days −10; over 240 minutes in 7 days −10; over 35 minutes a game −8;
    /// two back-to-backs in 14 days −12 (one −5); age 35+ −10 (30+ −5). Defaults for missing inputs:
    /// 1 day of rest, 3 games, 200 minutes, 30 minutes a game, age 25.
    public static func fatigueScore(_ inputs: FatigueInputs) -> Int {
        let daysRest = inputs.daysRest ?? 1
        let backToBack = inputs.backToBack ?? false
        var score = 100
        if backToBack {
            score -= 15
        } else if daysRest >= 3 {
            score += 5
        }
        if (inputs.gamesInLast7Days ?? 3) >= 4 { score -= 10 }
        if (inputs.minutesInLast7Days ?? 200) > 240 { score -= 10 }
        if (inputs.avgMinutesPerGameLast7 ?? 30) > 35 { score -= 8 }
        let backToBacks = inputs.backToBacksLast14Days ?? 0
        if backToBacks >= 2 { score -= 12 } else if backToBacks == 1 { score -= 5 }
        let age = inputs.playerAge ?? 25
        if age >= 35 { score -= 10 } else if age >= 30 { score -= 5 }
        return min(100, max(0, score))
    }

    /// Points adjustment of a fatigue score: (score − 100) / 20, in −5...0 (+0.25 for the rest bonus).
    public static func fatigueAdjustment(_ score: Int) -> Double { Double(score - 100) / 20 }

    /// Shot-zone mismatch: the opponent's allowed percentage in the player's primary zone versus the
    /// league (percentage points), scaled by how much the player uses the zone (full weight from a
    /// 50% share), boosted 20% beyond ±5, clamped to ±10. `nil` zone or defence inputs give 0.
    public static func shotZoneMismatch(zoneRate: Double?, defenseVsLeague: Double?) -> Double {
        let usage = zoneRate ?? 50
        let difference = defenseVsLeague ?? 0
        var mismatch = difference * min(usage / 50, 1)
        if abs(mismatch) > 5 { mismatch *= 1.2 }
        return min(10, max(-10, mismatch))
    }

    /// Pace score: half the pace differential, clamped to ±3; NULL → 0.
    public static func paceScore(paceDifferential: Double?) -> Double {
        guard let paceDifferential else { return 0 }
        return min(3, max(-3, paceDifferential / 2))
    }

    /// Usage spike: 0.3 × (projected usage − average usage over the last 7 games), both defaulting to
    /// 25; boosted ×1.15 (one star out) or ×1.30 (two or more) when positive; clamped to ±3. The
    /// reference never populated projected usage, which made this 0.3 × (25 − recent usage): +3
    /// for every low-usage player. Hindcast's context projects the player's season usage instead.
    public static func usageSpike(projectedUsage: Double?, recentUsage: Double?, starsOut: Int?) -> Double {
        var spike = 0.3 * ((projectedUsage ?? 25) - (recentUsage ?? 25))
        let stars = starsOut ?? 0
        if stars > 0 && spike > 0 { spike *= stars >= 2 ? 1.30 : 1.15 }
        return min(3, max(-3, spike))
    }
}
