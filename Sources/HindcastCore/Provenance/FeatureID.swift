/// The feature-store features by name: `FeatureCatalog.all[id.rawValue]` is the feature's
/// definition, and the raw value is its index in the `features` array and its
/// `feature_<i>_value` column (the reference's numbering, v1: 0-53).
public enum FeatureID: Int, CaseIterable, Sendable, Hashable, Codable {
    case pointsAvgLast5 = 0
    case pointsAvgLast10
    case pointsAvgSeason
    case pointsStdLast10
    case gamesInLast7Days
    case fatigueScore
    case shotZoneMismatchScore
    case paceScore
    case usageSpikeScore
    case restAdvantage
    case injuryRisk
    case recentTrend
    case minutesChange
    case opponentDefRating
    case opponentPace
    case homeAway
    case backToBack
    case playoffGame
    case pctPaint
    case pctMidRange
    case pctThree
    case pctFreeThrow
    case teamPace
    case teamOffRating
    case teamWinPct
    case vegasPointsLine
    case vegasOpeningLine
    case vegasLineMove
    case hasVegasLine
    case avgPointsVsOpponent
    case gamesVsOpponent
    case minutesAvgLast10
    case ppmAvgLast10
    case dnpRate
    case ptsSlope10g
    case ptsVsSeasonZscore
    case breakoutFlag
    case starTeammatesOut
    case gameTotalLine
    case daysRest
    case minutesLoadLast7d
    case spreadMagnitude
    case impliedTeamTotal
    case pointsAvgLast3
    case scoringTrendSlope
    case deviationFromAvgLast3
    case consecutiveGamesBelowAvg
    case teammateUsageAvailable
    case usageRateLast5
    case gamesSinceStructuralChange
    case multiBookLineStd
    case propOverStreak
    case propUnderStreak
    case lineVsSeasonAvg

    /// The feature's definition in the catalog.
    public var definition: FeatureDefinition { FeatureCatalog.all[rawValue] }

    /// The feature's column name (`points_avg_last_5`).
    public var name: String { definition.name }
}
