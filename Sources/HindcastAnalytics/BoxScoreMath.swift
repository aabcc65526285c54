import HindcastCore

/// The reference pipeline's box-score formulas (reference-pipeline.md §1.1-1.3), in one place so
/// player and team summaries compute them the same way.
enum BoxScoreMath {
    /// Possessions: FGA + 0.44·FTA + TOV − OREB (unrounded).
    static func possessions(fga: Int, fta: Int, tov: Int, orb: Int) -> Double {
        Double(fga) + 0.44 * Double(fta) + Double(tov) - Double(orb)
    }

    /// Game length in minutes: 48 plus 5 per overtime.
    static func gameMinutes(overtimes: Int) -> Double { Double(GameLength.minutes(overtimes: overtimes)) }

    /// Possessions per 48 minutes of this game's actual length.
    static func pace(possessions: Double, overtimes: Int) -> Double {
        possessions * 48 / gameMinutes(overtimes: overtimes)
    }

    /// Points per 100 possessions; `nil` without possessions.
    static func rating(points: Int, possessions: Double) -> Double? {
        possessions > 0 ? Double(points) / possessions * 100 : nil
    }

    /// True shooting: PTS / (2·(FGA + 0.44·FTA)); `nil` without attempts.
    static func trueShooting(points: Int, fga: Int, fta: Int) -> Double? {
        let attempts = Double(fga) + 0.44 * Double(fta)
        return attempts > 0 ? Double(points) / (2 * attempts) : nil
    }

    /// Effective field-goal percentage: (FGM + 0.5·3PM) / FGA; `nil` without attempts.
    static func effectiveFieldGoal(fg: Int, fg3: Int, fga: Int) -> Double? {
        fga > 0 ? (Double(fg) + 0.5 * Double(fg3)) / Double(fga) : nil
    }

    /// Usage rate, exactly the reference's: 100·(FGA+0.44·FTA+TOV)·48 / (MIN·(TmFGA+0.44·TmFTA+TmTOV)).
    /// `nil` without minutes or team possessions used.
    static func usageRate(player: BoxStats, minutes: Double, team: BoxStats) -> Double? {
        let used = Double(player.fga) + 0.44 * Double(player.fta) + Double(player.tov)
        let teamUsed = Double(team.fga) + 0.44 * Double(team.fta) + Double(team.tov)
        guard minutes > 0, teamUsed > 0 else { return nil }
        return 100 * used * 48 / (minutes * teamUsed)
    }
}
