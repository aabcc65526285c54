/// Issue 15's ten-season replay: the context processors read the season so far from the schedule
/// and the team summaries (`season_year = ? AND game_date < ?`) on every date, and the only
/// usable index was by date, so each read walked every earlier season too; a date's cost grew with
/// the warehouse. These indexes bound each read to its season.
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum SeasonIndexesV6 {
    static let statements = [
        "CREATE INDEX schedule_by_season ON schedule(season_year, game_date)",
        "CREATE INDEX team_offense_game_summary_by_season ON team_offense_game_summary(season_year, game_date)",
        "CREATE INDEX team_defense_game_summary_by_season ON team_defense_game_summary(season_year, game_date)",
    ]
}
