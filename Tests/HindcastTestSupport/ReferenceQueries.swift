/// Queries copied from the reference pipeline's runbooks, run unchanged against the warehouse.
public enum ReferenceQueries {
    /// The phase-4 coverage check: distinct dates per precompute table for 2022-01-01..07.
    public static let phase4CoverageFirstWeekOfJanuary = """
        SELECT 'TDZA' AS tbl, COUNT(DISTINCT analysis_date) FROM nba_precompute.team_defense_zone_analysis
            WHERE analysis_date BETWEEN '2022-01-01' AND '2022-01-07'
        UNION ALL SELECT 'PSZA', COUNT(DISTINCT analysis_date) FROM nba_precompute.player_shot_zone_analysis
            WHERE analysis_date BETWEEN '2022-01-01' AND '2022-01-07'
        UNION ALL SELECT 'PCF', COUNT(DISTINCT analysis_date) FROM nba_precompute.player_composite_factors
            WHERE analysis_date BETWEEN '2022-01-01' AND '2022-01-07'
        UNION ALL SELECT 'PDC', COUNT(DISTINCT cache_date) FROM nba_precompute.player_daily_cache
            WHERE cache_date BETWEEN '2022-01-01' AND '2022-01-07'
        """
}
