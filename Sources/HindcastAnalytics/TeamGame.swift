import HindcastCore

/// Whether a team's shot zones are known for a game.
enum ZoneCoverage: Sendable, Equatable {
    /// Every player with a field-goal attempt has a matched shot-zone row.
    case complete
    /// Some shooters have zone rows and some do not: team sums would undercount.
    case partial
    /// No zone rows for this team in this game (e.g. the 2021-22 season, or playoffs).
    case none
}

/// One team's totals in one game, summed from its players' box-score lines, with the game's
/// length and final score. The player and team summaries both read these, so a team's usage
/// denominators and its offence row come from the very same sums.
struct TeamGame: Sendable {
    let key: TeamGameKey
    let gameID: String
    let seasonYear: Int
    let seasonType: String
    let opponent: String
    let isHome: Bool
    /// Sum of the players who played.
    let stats: BoxStats
    /// Sum of the players' seconds on the court.
    let seconds: Int
    /// Overtime periods: the schedule's, or estimated from the team's minutes without a schedule row.
    let overtimes: Int
    let hasScheduleRow: Bool
    /// The schedule's final score for this team, when known.
    let scheduledPoints: Int?
    /// Zone sums when `zoneCoverage` is complete.
    let zones: ZoneCounts?
    let zoneCoverage: ZoneCoverage
    /// Players on the team's inactive list.
    let inactiveCount: Int

    /// Game length in minutes (48 + 5 per overtime).
    var gameMinutes: Double { BoxScoreMath.gameMinutes(overtimes: overtimes) }

    /// Every team of the day's games, by team and game.
    static func all(in day: GameDay) -> [TeamGameKey: TeamGame] {
        var groups: [TeamGameKey: [BoxLine]] = [:]
        for line in day.lines { groups[line.teamKey, default: []].append(line) }
        var inactive: [TeamGameKey: Int] = [:]
        for entry in day.inactives { inactive[entry.teamKey, default: 0] += 1 }
        var result: [TeamGameKey: TeamGame] = [:]
        for (key, lines) in groups {
            result[key] = build(key, lines: lines, day: day, inactiveCount: inactive[key] ?? 0)
        }
        return result
    }

    private static func build(_ key: TeamGameKey, lines: [BoxLine], day: GameDay, inactiveCount: Int) -> TeamGame {
        let first = lines[0]
        var stats = BoxStats()
        var seconds = 0
        var zones = ZoneCounts()
        var shooters = 0
        var shootersWithZones = 0
        let teamHasZones = day.teamsWithZones.contains(key)
        for line in lines {
            guard let lineStats = line.stats else { continue }
            stats += lineStats
            seconds += line.seconds ?? 0
            let zone = day.zone(gameCode: line.gameCode, playerID: line.playerID)
            if let zone { zones += zone }
            if lineStats.fga > 0 {
                shooters += 1
                if zone != nil { shootersWithZones += 1 }
            }
        }
        let coverage: ZoneCoverage
        if !teamHasZones {
            coverage = .none
        } else {
            coverage = shootersWithZones == shooters ? .complete : .partial
        }
        let game = day.games[key.gameCode]
        let overtimes = game?.overtimes ?? GameLength.estimatedOvertimes(teamSeconds: seconds)
        return TeamGame(
            key: key, gameID: first.gameID, seasonYear: first.seasonYear, seasonType: first.seasonType,
            opponent: first.opponent, isHome: first.isHome, stats: stats, seconds: seconds, overtimes: overtimes,
            hasScheduleRow: game != nil, scheduledPoints: game?.points(of: key.team),
            zones: coverage == .complete ? zones : nil, zoneCoverage: coverage, inactiveCount: inactiveCount)
    }

    /// Problems with this team's game data, worth a row's quality issues.
    var issues: [String] {
        var issues: [String] = []
        if !hasScheduleRow { issues.append("no_schedule_row") }
        if let scheduledPoints, scheduledPoints != stats.pts { issues.append("score_mismatch") }
        if abs(Double(seconds) / 60 - 5 * gameMinutes) > 1 { issues.append("team_minutes_mismatch") }
        switch zoneCoverage {
        case .complete: break
        case .partial: issues.append("partial_shot_zones")
        case .none: issues.append("no_shot_zones")
        }
        return issues
    }
}
