import GRDB
import HindcastCore

/// One `player_game_summary` row, built from a box-score line (or an inactive-list entry), the
/// team sums of the same game, the player's shot zones and the observed line.
struct PlayerGameRow {
    static let columns = [
        "player_lookup", "universal_player_id", "player_full_name", "game_id", "game_code", "game_date",
        "season_year", "season_type", "team_abbr", "opponent_team_abbr", "home_game",
        "points", "minutes_played", "assists", "offensive_rebounds", "defensive_rebounds", "total_rebounds",
        "steals", "blocks", "turnovers", "personal_fouls", "fg_attempts", "fg_makes", "three_pt_attempts",
        "three_pt_makes", "ft_attempts", "ft_makes", "plus_minus",
        "paint_attempts", "paint_makes", "mid_range_attempts", "mid_range_makes", "three_attempts_pbp",
        "three_makes_pbp", "has_complete_shot_zones", "shot_zones_source",
        "usage_rate", "usage_rate_raw", "usage_rate_anomaly_reason", "ts_pct", "efg_pct", "starter_flag", "win_flag",
        "points_line", "points_line_source", "over_under_result", "margin",
        "is_active", "player_status", "is_dnp", "dnp_reason", "dnp_reason_category",
        "primary_source_used", "data_quality_tier", "quality_score", "data_quality_issues", "input_fingerprint",
        "run_id",
    ]

    static let zoneSource = "nba_shot_chart"

    var values: [String: (any DatabaseValueConvertible)?] = [:]
    var quality = Phase3QualityNotes()

    /// The row of a player listed on the box score.
    static func boxscore(
        _ line: BoxLine, team: TeamGame, opponent: TeamGame?, day: GameDay, observed: ObservedLines.Entry?
    ) -> PlayerGameRow {
        var row = PlayerGameRow()
        row.identity(
            lookup: line.playerLookup, playerID: line.playerID, name: line.playerName, team: team, date: day.date)
        row.values["starter_flag"] = line.starter
        row.values["primary_source_used"] = "boxscore"
        row.values["plus_minus"] = line.plusMinus
        row.values["win_flag"] = opponent.map { team.stats.pts > $0.stats.pts } ?? false
        row.values["has_complete_shot_zones"] = false
        row.quality.add(team.issues.filter { ["no_schedule_row", "score_mismatch"].contains($0) })
        guard let stats = line.stats, let seconds = line.seconds else {
            row.notPlayed(status: "dnp", reason: line.dnpReason, category: DNPCategory(reason: line.dnpReason))
            row.line(observed, points: nil)
            return row
        }
        row.values["is_active"] = true
        row.values["player_status"] = "active"
        row.values["is_dnp"] = seconds == 0
        row.values["dnp_reason"] = nil
        row.values["dnp_reason_category"] = seconds == 0 ? DNPCategory.noMinutes.rawValue : nil
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
        row.values["starter_flag"] = false
        row.values["primary_source_used"] = "inactive_list"
        row.values["win_flag"] = opponent.map { team.stats.pts > $0.stats.pts } ?? false
        row.values["has_complete_shot_zones"] = false
        row.notPlayed(status: "inactive", reason: "Inactive", category: .inactive)
        row.line(observed, points: nil)
        return row
    }

    /// The values in `columns` order, with the provenance columns filled in.
    func ordered(fingerprint: String, runID: String) -> [(any DatabaseValueConvertible)?] {
        var all = values
        all["data_quality_tier"] = quality.tier.rawValue
        all["quality_score"] = quality.finalScore
        all["data_quality_issues"] = quality.json
        all["input_fingerprint"] = fingerprint
        all["run_id"] = runID
        return PlayerGameRow.columns.map { all[$0] ?? nil }
    }

    private mutating func identity(lookup: String, playerID: String, name: String, team: TeamGame, date: GameDate) {
        values["player_lookup"] = lookup
        values["universal_player_id"] = playerID
        values["player_full_name"] = name
        values["game_id"] = team.gameID
        values["game_code"] = team.key.gameCode
        values["game_date"] = date.description
        values["season_year"] = team.seasonYear
        values["season_type"] = team.seasonType
        values["team_abbr"] = team.key.team
        values["opponent_team_abbr"] = team.opponent
        values["home_game"] = team.isHome
    }

    private mutating func notPlayed(status: String, reason: String?, category: DNPCategory) {
        values["is_active"] = false
        values["player_status"] = status
        values["is_dnp"] = true
        values["dnp_reason"] = reason
        values["dnp_reason_category"] = category.rawValue
    }

    private mutating func stats(_ stats: BoxStats, seconds: Int) {
        values["points"] = stats.pts
        values["minutes_played"] = Rounding.tenth(Double(seconds) / 60)
        values["assists"] = stats.ast
        values["offensive_rebounds"] = stats.orb
        values["defensive_rebounds"] = stats.drb
        values["total_rebounds"] = stats.trb
        values["steals"] = stats.stl
        values["blocks"] = stats.blk
        values["turnovers"] = stats.tov
        values["personal_fouls"] = stats.pf
        values["fg_attempts"] = stats.fga
        values["fg_makes"] = stats.fg
        values["three_pt_attempts"] = stats.fg3a
        values["three_pt_makes"] = stats.fg3
        values["ft_attempts"] = stats.fta
        values["ft_makes"] = stats.ft
        let trueShooting = BoxScoreMath.trueShooting(points: stats.pts, fga: stats.fga, fta: stats.fta)
        let effectiveFieldGoal = BoxScoreMath.effectiveFieldGoal(fg: stats.fg, fg3: stats.fg3, fga: stats.fga)
        values["ts_pct"] = trueShooting.map(Rounding.thousandth)
        values["efg_pct"] = effectiveFieldGoal.map(Rounding.thousandth)
    }

    /// Usage from exact seconds (not the rounded minutes), NULL above 100 as the reference.
    private mutating func usage(_ stats: BoxStats, seconds: Int, team: TeamGame) {
        guard seconds > 0 else {
            values["usage_rate_anomaly_reason"] = "no_minutes"
            return
        }
        guard let raw = BoxScoreMath.usageRate(player: stats, minutes: Double(seconds) / 60, team: team.stats) else {
            values["usage_rate_anomaly_reason"] = "no_team_possessions"
            return
        }
        values["usage_rate_raw"] = Rounding.hundredth(raw)
        if raw > 100 {
            values["usage_rate_anomaly_reason"] = "over_100"
            quality.add("usage_rate_over_100")
        } else {
            values["usage_rate"] = Rounding.hundredth(raw)
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
        values["paint_attempts"] = zones.paintAttempts
        values["paint_makes"] = zones.paintMakes
        values["mid_range_attempts"] = zones.midRangeAttempts
        values["mid_range_makes"] = zones.midRangeMakes
        values["three_attempts_pbp"] = zones.threeAttempts
        values["three_makes_pbp"] = zones.threeMakes
        values["has_complete_shot_zones"] = true
        values["shot_zones_source"] = PlayerGameRow.zoneSource
    }

    /// The observed line and, for a player who played, the result against it.
    private mutating func line(_ observed: ObservedLines.Entry?, points: Int?) {
        guard let observed else { return }
        values["points_line"] = observed.choice.line
        values["points_line_source"] = observed.choice.bookmaker
        guard let points else { return }
        values["over_under_result"] = OverUnder.result(points: points, line: observed.choice.line)
        values["margin"] = Rounding.hundredth(Double(points) - observed.choice.line)
    }
}
