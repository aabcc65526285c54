/// Raw tables: the real data as imported, one row per source row, with the ids the pipeline
/// joins on added at import time. Dataset `nba_raw` (and `nba_reference` for the registry).
///
/// Shipped schema: never edit a shipped migration, add a new one.
enum RawTablesV1 {
    static let statements: [String] = [
        """
        CREATE TABLE schedule (
            game_code TEXT PRIMARY KEY,
            game_id TEXT NOT NULL UNIQUE,
            game_date TEXT NOT NULL,
            season TEXT NOT NULL,
            season_year INTEGER NOT NULL,
            season_type TEXT NOT NULL,
            away_team TEXT NOT NULL,
            away_tricode TEXT NOT NULL,
            away_team_name TEXT,
            home_team TEXT NOT NULL,
            home_tricode TEXT NOT NULL,
            home_team_name TEXT,
            away_pts INTEGER,
            home_pts INTEGER,
            game_start_time_et TEXT,
            overtimes INTEGER,
            arena_name TEXT,
            attendance INTEGER,
            game_remarks TEXT,
            start_time_local TEXT,
            arena_location TEXT,
            time_of_game TEXT,
            officials TEXT,
            away_record_after TEXT,
            home_record_after TEXT,
            from_schedule_file INTEGER NOT NULL DEFAULT 0,
            from_games_file INTEGER NOT NULL DEFAULT 0
        )
        """,
        "CREATE INDEX schedule_by_date ON schedule(game_date)",
        """
        CREATE TABLE player_boxscores (
            game_code TEXT NOT NULL,
            game_id TEXT NOT NULL,
            game_date TEXT NOT NULL,
            season TEXT NOT NULL,
            season_year INTEGER NOT NULL,
            season_type TEXT NOT NULL,
            team TEXT NOT NULL,
            team_tricode TEXT NOT NULL,
            opponent TEXT NOT NULL,
            opp_tricode TEXT NOT NULL,
            is_home INTEGER NOT NULL,
            starter INTEGER NOT NULL,
            player_id_bbref TEXT NOT NULL,
            player_name TEXT NOT NULL,
            player_lookup TEXT NOT NULL,
            played INTEGER NOT NULL,
            dnp_reason TEXT,
            mp TEXT,
            minutes REAL,
            fg INTEGER, fga INTEGER, fg3 INTEGER, fg3a INTEGER, ft INTEGER, fta INTEGER,
            orb INTEGER, drb INTEGER, trb INTEGER, ast INTEGER, stl INTEGER, blk INTEGER,
            tov INTEGER, pf INTEGER, pts INTEGER, plus_minus INTEGER,
            PRIMARY KEY (game_code, player_id_bbref)
        )
        """,
        "CREATE INDEX player_boxscores_by_date ON player_boxscores(game_date)",
        "CREATE INDEX player_boxscores_by_player ON player_boxscores(player_id_bbref, game_date)",
        """
        CREATE TABLE inactives (
            game_code TEXT NOT NULL,
            game_id TEXT NOT NULL,
            game_date TEXT NOT NULL,
            season TEXT NOT NULL,
            season_type TEXT NOT NULL,
            team TEXT NOT NULL,
            team_tricode TEXT NOT NULL,
            player_id_bbref TEXT NOT NULL,
            player_name TEXT NOT NULL,
            player_lookup TEXT NOT NULL,
            PRIMARY KEY (game_code, player_id_bbref)
        )
        """,
        "CREATE INDEX inactives_by_date ON inactives(game_date)",
        """
        CREATE TABLE shot_zones (
            nba_game_id TEXT NOT NULL,
            nba_player_id TEXT NOT NULL,
            game_date TEXT NOT NULL,
            season TEXT NOT NULL,
            home_tricode TEXT NOT NULL,
            away_tricode TEXT NOT NULL,
            nba_team_id TEXT NOT NULL,
            team_name TEXT NOT NULL,
            team_tricode TEXT NOT NULL,
            player_name TEXT NOT NULL,
            player_lookup TEXT NOT NULL,
            universal_player_id TEXT,
            game_code TEXT,
            match_status TEXT NOT NULL,
            ra_fga INTEGER NOT NULL, ra_fgm INTEGER NOT NULL,
            paint_nonra_fga INTEGER NOT NULL, paint_nonra_fgm INTEGER NOT NULL,
            midrange_fga INTEGER NOT NULL, midrange_fgm INTEGER NOT NULL,
            corner3_left_fga INTEGER NOT NULL, corner3_left_fgm INTEGER NOT NULL,
            corner3_right_fga INTEGER NOT NULL, corner3_right_fgm INTEGER NOT NULL,
            above_break3_fga INTEGER NOT NULL, above_break3_fgm INTEGER NOT NULL,
            backcourt_fga INTEGER NOT NULL, backcourt_fgm INTEGER NOT NULL,
            fga_total INTEGER NOT NULL,
            fg3a_total INTEGER NOT NULL,
            PRIMARY KEY (nba_game_id, nba_player_id)
        )
        """,
        "CREATE INDEX shot_zones_by_date ON shot_zones(game_date)",
        """
        CREATE TABLE prop_lines (
            game_date TEXT NOT NULL,
            tipoff_utc TEXT NOT NULL,
            player_name TEXT NOT NULL,
            player_lookup TEXT NOT NULL,
            universal_player_id TEXT,
            team_tricode TEXT,
            opp_tricode TEXT,
            is_home INTEGER,
            bookmaker TEXT NOT NULL,
            market TEXT NOT NULL,
            line REAL NOT NULL,
            over_price INTEGER,
            under_price INTEGER,
            captured_at TEXT,
            match_status TEXT NOT NULL,
            game_code TEXT,
            PRIMARY KEY (game_date, player_name, bookmaker, market, line, tipoff_utc)
        )
        """,
        "CREATE INDEX prop_lines_by_player ON prop_lines(game_date, player_lookup)",
        """
        CREATE TABLE game_lines (
            game_date TEXT NOT NULL,
            game_code TEXT NOT NULL,
            bookmaker TEXT NOT NULL,
            market TEXT NOT NULL,
            team_tricode TEXT NOT NULL,
            point REAL NOT NULL,
            price INTEGER,
            captured_at TEXT NOT NULL,
            tipoff_utc TEXT,
            PRIMARY KEY (game_code, bookmaker, market, team_tricode, captured_at)
        )
        """,
        "CREATE INDEX game_lines_by_date ON game_lines(game_date)",
        """
        CREATE TABLE injury_reports (
            game_date TEXT NOT NULL,
            report_time TEXT NOT NULL,
            team_tricode TEXT NOT NULL,
            player_name TEXT NOT NULL,
            player_lookup TEXT NOT NULL,
            universal_player_id TEXT,
            status TEXT NOT NULL,
            reason TEXT,
            PRIMARY KEY (game_date, player_lookup, report_time)
        )
        """,
        """
        CREATE TABLE imported_player_context (
            game_date TEXT NOT NULL,
            player_lookup TEXT NOT NULL,
            context_origin TEXT NOT NULL,
            payload TEXT NOT NULL,
            source_file TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (game_date, player_lookup)
        )
        """,
        """
        CREATE TABLE imported_team_context (
            game_date TEXT NOT NULL,
            team_abbr TEXT NOT NULL,
            context_origin TEXT NOT NULL,
            payload TEXT NOT NULL,
            source_file TEXT NOT NULL,
            imported_at TEXT NOT NULL,
            PRIMARY KEY (game_date, team_abbr)
        )
        """,
        """
        CREATE TABLE player_registry (
            universal_player_id TEXT PRIMARY KEY,
            player_lookup TEXT NOT NULL,
            player_name TEXT NOT NULL,
            first_game_date TEXT,
            last_game_date TEXT
        )
        """,
        "CREATE INDEX player_registry_by_lookup ON player_registry(player_lookup)",
        """
        CREATE TABLE player_aliases (
            alias_lookup TEXT NOT NULL,
            universal_player_id TEXT NOT NULL,
            alias_name TEXT NOT NULL,
            source TEXT NOT NULL,
            PRIMARY KEY (alias_lookup, universal_player_id)
        )
        """,
        """
        CREATE TABLE import_log (
            import_id INTEGER PRIMARY KEY AUTOINCREMENT,
            kind TEXT NOT NULL,
            source_file TEXT NOT NULL,
            content_fingerprint TEXT NOT NULL,
            rows_read INTEGER NOT NULL,
            rows_inserted INTEGER NOT NULL,
            rows_updated INTEGER NOT NULL,
            rows_unchanged INTEGER NOT NULL,
            warnings TEXT NOT NULL,
            imported_at TEXT NOT NULL
        )
        """,
    ]
}
