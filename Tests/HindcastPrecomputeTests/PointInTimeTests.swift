import HindcastTestSupport
import Testing

/// The zone analyses of a date D use only games before D: changing or deleting games on or
/// after D, and re-running Phase 3 for those dates, leaves D's rows exactly as they were.
@Suite struct PointInTimeTests {
    static let analysisDate = "2022-11-20"
    static let laterDate = "2022-11-23"

    @Test(.enabled(if: RepositoryPaths.hasSharedShotZones2022, "needs the 2022-23 shot zones in ../shared/data"))
    func changingGamesOnOrAfterTheAnalysisDateLeavesItsZoneAnalysesUnchanged() throws {
        let seeded = try TestWarehouse.seasons2021And2022()
        let date = Self.analysisDate
        try ZonePipeline.run(seeded, ZonePipeline.zones, from: date, through: date)
        try ZonePipeline.run(seeded, ZonePipeline.zones, from: Self.laterDate, through: Self.laterDate)
        let before = try zoneRows(seeded, on: date)
        let laterBefore = try zoneRows(seeded, on: Self.laterDate)
        #expect(before.teams.count == 30)
        #expect(before.players.count > 400)
        let gamesBefore = try ZonePipeline.snapshot(seeded, "player_game_summary", where: "game_date = '\(date)'")

        // Every box score and shot-zone row from D on changes, and one game of D disappears.
        try seeded.warehouse.write { db in
            try db.execute(
                sql: """
                    UPDATE player_boxscores SET pts = pts + 9, fga = fga + 4, fg3a = fg3a + 2, fg3 = fg3 + 1,
                        tov = tov + 1 WHERE game_date >= ? AND played = 1
                    """, arguments: [date])
            try db.execute(
                sql: "UPDATE shot_zones SET ra_fga = ra_fga + 3, ra_fgm = ra_fgm + 2 WHERE game_date >= ?",
                arguments: [date])
            try db.execute(
                sql: """
                    DELETE FROM player_boxscores
                    WHERE game_code = (SELECT MIN(game_code) FROM player_boxscores WHERE game_date = ?)
                    """, arguments: [date])
        }
        try ZonePipeline.run(seeded, ZonePipeline.phase3, from: date, through: "2022-11-22")
        let gamesAfter = try ZonePipeline.snapshot(seeded, "player_game_summary", where: "game_date = '\(date)'")
        #expect(gamesAfter != gamesBefore)

        try ZonePipeline.run(seeded, ZonePipeline.zones, from: date, through: date)
        let after = try zoneRows(seeded, on: date)
        #expect(after.teams == before.teams)
        #expect(after.players == before.players)

        // The changed games are history for a later date, whose rows do change.
        try ZonePipeline.run(seeded, ZonePipeline.zones, from: Self.laterDate, through: Self.laterDate)
        let laterAfter = try zoneRows(seeded, on: Self.laterDate)
        #expect(laterAfter.teams != laterBefore.teams)
        #expect(laterAfter.players != laterBefore.players)
    }

    private func zoneRows(_ seeded: SeededWarehouse, on date: String) throws -> (teams: [[String]], players: [[String]])
    {
        (
            try ZonePipeline.snapshot(seeded, "team_defense_zone_analysis", where: "analysis_date = '\(date)'"),
            try ZonePipeline.snapshot(seeded, "player_shot_zone_analysis", where: "analysis_date = '\(date)'")
        )
    }
}
