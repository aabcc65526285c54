import GRDB
import HindcastCore
import HindcastStore

/// One `player_game_summary` row, built from a box-score line (or an inactive-list entry), the
/// team sums of the same game, the player's shot zones and the observed line.
struct PlayerGameRow {
    static let zoneSource = "nba_shot_chart"

    var values = TableRow<PlayerGameSummaryColumn>()
    var quality = Phase3QualityNotes()

    /// The row of a player listed on the box score.
    static func boxscore(
        _ line: BoxLine, team: TeamGame, opponent: TeamGame?, day: GameDay, observed: ObservedLines.Entry?
    ) -> PlayerGameRow {
        var row = PlayerGameRow()
        row.identity(
            lookup: line.playerLookup, playerID: line.playerID, name: line.playerName, team: team, date: day.date)
        row.values[.starterFlag] = line.starter
        row.values[.primarySourceUsed] = "boxscore"
        row.values[.plusMinus] = line.plusMinus
        row.values[.winFlag] = opponent.map { team.stats.pts > $0.stats.pts } ?? false
        row.values[.hasCompleteShotZones] = false
        row.quality.add(team.issues.filter { ["no_schedule_row", "score_mismatch"].contains($0) })
        guard let stats = line.stats, let seconds = line.seconds else {
            row.notPlayed(status: "dnp", reason: line.dnpReason, category: DNPCategory(reason: line.dnpReason))
            row.line(observed, points: nil)
            return row
        }
        row.values[.isActive] = true
        row.values[.playerStatus] = "active"
        row.values[.isDnp] = seconds == 0
        row.values[.dnpReason] = nil
        row.values[.dnpReasonCategory] = seconds == 0 ? DNPCategory.noMinutes.rawValue : nil
        row.stats(stats, seconds: seconds)
        if line.plusMinus == nil { row.quality.add("no_plus_minus") }
        row.usage(stats, seconds: seconds, team: team)
        row.zones(line, stats: stats, team: team, day: day)
        row.line(observed, points: seconds == 0 ? nil : stats.pts)
        return row
    }

    /// The row of a player on the official inactive list.
    static func inactive(
        _ entry: InactiveEntry, team: TeamGame, opponent: TeamGame?, date: GameDate, observed: ObservedLines.Entry?
    ) -> PlayerGameRow {
        var row = PlayerGameRow()
        row.identity(
            lookup: entry.playerLookup, playerID: entry.playerID, name: entry.playerName, team: team, date: date)
        row.values[.starterFlag] = false
        row.values[.primarySourceUsed] = "inactive_list"
        row.values[.winFlag] = opponent.map { team.stats.pts > $0.stats.pts } ?? false
        row.values[.hasCompleteShotZones] = false
        row.notPlayed(status: "inactive", reason: "Inactive", category: .inactive)
        row.line(observed, points: nil)
        return row
    }

    /// The row with the provenance columns filled in.
    func ordered(fingerprint: String, runID: String) -> TableRow<PlayerGameSummaryColumn> {
        var all = values
        all[.dataQualityTier] = quality.tier.rawValue
        all[.qualityScore] = quality.finalScore
        all[.dataQualityIssues] = quality.json
        all[.inputFingerprint] = fingerprint
        all[.runId] = runID
        return all
    }

    private mutating func identity(lookup: String, playerID: String, name: String, team: TeamGame, date: GameDate) {
        values[.playerLookup] = lookup
        values[.universalPlayerId] = playerID
        values[.playerFullName] = name
        values[.gameId] = team.gameID
        values[.gameCode] = team.key.gameCode
        values[.gameDate] = date.description
        values[.seasonYear] = team.seasonYear
        values[.seasonType] = team.seasonType
        values[.teamAbbr] = team.key.team
        values[.opponentTeamAbbr] = team.opponent
        values[.homeGame] = team.isHome
    }

    private mutating func notPlayed(status: String, reason: String?, category: DNPCategory) {
        values[.isActive] = false
        values[.playerStatus] = status
        values[.isDnp] = true
        values[.dnpReason] = reason
        values[.dnpReasonCategory] = category.rawValue
    }

    private mutating func stats(_ stats: BoxStats, seconds: Int) {
        values[.points] = stats.pts
        values[.minutesPlayed] = Rounding.tenth(Double(seconds) / 60)
        values[.assists] = stats.ast
        values[.offensiveRebounds] = stats.orb
        values[.defensiveRebounds] = stats.drb
        values[.totalRebounds] = stats.trb
        values[.steals] = stats.stl
        values[.blocks] = stats.blk
        values[.turnovers] = stats.tov
        values[.personalFouls] = stats.pf
        values[.fgAttempts] = stats.fga
        values[.fgMakes] = stats.fg
        values[.threePtAttempts] = stats.fg3a
        values[.threePtMakes] = stats.fg3
        values[.ftAttempts] = stats.fta
        values[.ftMakes] = stats.ft
        let trueShooting = BoxScoreMath.trueShooting(points: stats.pts, fga: stats.fga, fta: stats.fta)
        let effectiveFieldGoal = BoxScoreMath.effectiveFieldGoal(fg: stats.fg, fg3: stats.fg3, fga: stats.fga)
        values[.tsPct] = trueShooting.map(Rounding.thousandth)
        values[.efgPct] = effectiveFieldGoal.map(Rounding.thousandth)
    }

    /// Usage from exact seconds (not the rounded minutes), NULL above 100 as the reference.
    private mutating func usage(_ stats: BoxStats, seconds: Int, team: TeamGame) {
        guard seconds > 0 else {
            values[.usageRateAnomalyReason] = "no_minutes"
            return
        }
        guard let raw = BoxScoreMath.usageRate(player: stats, minutes: Double(seconds) / 60, team: team.stats) else {
            values[.usageRateAnomalyReason] = "no_team_possessions"
            return
        }
        values[.usageRateRaw] = Rounding.hundredth(raw)
        if raw > 100 {
            values[.usageRateAnomalyReason] = "over_100"
            quality.add("usage_rate_over_100")
        } else {
            values[.usageRate] = Rounding.hundredth(raw)
        }
    }

    /// Zone counts where the team's game has shot zones: a player's row, or zeros for a player
    /// without a field-goal attempt. Otherwise NULL, never zero-filled.
    private mutating func zones(_ line: BoxLine, stats: BoxStats, team: TeamGame, day: GameDay) {
        let found = day.zone(gameCode: line.gameCode, playerID: line.playerID)
        guard team.zoneCoverage != .none else {
            quality.add("no_shot_zones")
            return
        }
        let zones: ZoneCounts
        if let found {
            zones = found
        } else if stats.fga == 0 {
            zones = ZoneCounts()
        } else {
            quality.add("player_shot_zones_missing")
            return
        }
        if zones.attempts != stats.fga { quality.add("zone_fga_mismatch") }
        values[.paintAttempts] = zones.paintAttempts
        values[.paintMakes] = zones.paintMakes
        values[.midRangeAttempts] = zones.midRangeAttempts
        values[.midRangeMakes] = zones.midRangeMakes
        values[.threeAttemptsPbp] = zones.threeAttempts
        values[.threeMakesPbp] = zones.threeMakes
        values[.hasCompleteShotZones] = true
        values[.shotZonesSource] = PlayerGameRow.zoneSource
    }

    /// The observed line and, for a player who played, the result against it.
    private mutating func line(_ observed: ObservedLines.Entry?, points: Int?) {
        guard let observed else { return }
        values[.pointsLine] = observed.choice.line
        values[.pointsLineSource] = observed.choice.bookmaker
        guard let points else { return }
        values[.overUnderResult] = OverUnder.result(points: points, line: observed.choice.line)
        values[.margin] = Rounding.hundredth(Double(points) - observed.choice.line)
    }
}
