import HindcastCore

/// Sample quality of an average over up to N games: excellent ≥ N, good ≥ 0.7N, limited ≥ 0.5N.
public enum SampleQuality: String, Sendable {
    case excellent, good, limited, insufficient

    public init(used: Int, of wanted: Int) {
        let share = Double(used) / Double(wanted)
        switch share {
        case 1...: self = .excellent
        case 0.7..<1: self = .good
        case 0.5..<0.7: self = .limited
        default: self = .insufficient
        }
    }
}

/// The history-derived player fields of a context row. One calculator serves observed and
/// synthetic rows alike (DESIGN §4.3).
///
/// Days rest follows the one convention of DESIGN §4.6: calendar days since the previous game the
/// player actually played (minutes > 0); a back-to-back is `days_rest = 1`; DNP listings are not
/// games played. The NBA Cup final counts for rest, load and recent form, but not for the season
/// figures (`usageRateSeason`, `gamesPlayedSeason`).
public struct PlayerHistoryFields: Sendable, Equatable {
    public var daysRest: Int?
    public var backToBack: Bool?
    public var daysRestBeforeLastGame: Int?
    public var daysSince2PlusDaysRest: Int?
    public var gamesInLast7Days: Int
    public var gamesInLast14Days: Int
    public var minutesInLast7Days: Int
    public var minutesInLast14Days: Int
    public var avgMinutesPerGameLast7: Double?
    public var backToBacksLast14Days: Int
    public var avgUsageRateLast7Games: Double?
    /// Mean usage over the season's played games before D: the projection the usage-spike factor
    /// compares recent usage with (the reference never populated one).
    public var usageRateSeason: Double?
    public var pointsAvgLast5: Double?
    public var pointsAvgLast10: Double?
    public var l5GamesUsed: Int
    public var l10GamesUsed: Int
    public var l5SampleQuality: SampleQuality
    public var l10SampleQuality: SampleQuality
    public var gamesPlayedSeason: Int
    /// Points in the player's played games, newest first (for streaks and estimates).
    public var recentPoints: [Int]

    /// Computes the fields for game day `date` from `games` (any order; only dates before `date` count;
    /// only played games — minutes recorded — count as games).
    public init(date: GameDate, games: [PlayerGameLogEntry]) {
        let played = games.filter { $0.played && $0.date < date }.sorted { $0.date > $1.date }
        let dates = played.map(\.date)
        daysRest = dates.first.map { date.days(since: $0) }
        backToBack = daysRest.map { $0 == 1 }
        daysRestBeforeLastGame = dates.count >= 2 ? dates[0].days(since: dates[1]) : nil
        daysSince2PlusDaysRest = nil
        for index in 0..<max(0, dates.count - 1) where dates[index].days(since: dates[index + 1]) >= 2 {
            daysSince2PlusDaysRest = date.days(since: dates[index])
            break
        }
        let last7 = played.filter { date.days(since: $0.date) < 7 }
        let last14 = played.filter { date.days(since: $0.date) < 14 }
        gamesInLast7Days = last7.count
        gamesInLast14Days = last14.count
        let minutes7 = last7.reduce(0) { $0 + ($1.minutes ?? 0) }
        minutesInLast7Days = Int(minutes7)
        minutesInLast14Days = Int(last14.reduce(0) { $0 + ($1.minutes ?? 0) })
        avgMinutesPerGameLast7 = last7.isEmpty ? nil : Rounding.tenth(minutes7 / Double(last7.count))
        let dates14 = last14.map(\.date)
        backToBacksLast14Days = zip(dates14, dates14.dropFirst()).filter { $0.0.days(since: $0.1) == 1 }.count
        let recentUsages = played.prefix(7).compactMap(\.usageRate)
        avgUsageRateLast7Games = ScoringSummary.mean(recentUsages[...]).map(Rounding.hundredth)
        let season = played.filter(\.countsInSeasonStats)
        usageRateSeason = ScoringSummary.mean(season.compactMap(\.usageRate)[...]).map(Rounding.hundredth)
        let scored = played.compactMap(\.points)
        let five = scored.prefix(5)
        let ten = scored.prefix(10)
        pointsAvgLast5 = ScoringSummary.mean(five.map(Double.init)[...]).map(Rounding.tenth)
        pointsAvgLast10 = ScoringSummary.mean(ten.map(Double.init)[...]).map(Rounding.tenth)
        l5GamesUsed = five.count
        l10GamesUsed = ten.count
        l5SampleQuality = SampleQuality(used: five.count, of: 5)
        l10SampleQuality = SampleQuality(used: ten.count, of: 10)
        gamesPlayedSeason = season.count
        recentPoints = scored
    }
}
