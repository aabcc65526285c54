import Foundation
import GRDB
import HindcastCore
import HindcastIngest
import HindcastStore
import HindcastTestSupport
import Testing

/// The NBA Cup final's real rows (basketball-reference labels it "IST Championship (not RS
/// stats)") import from all four box-score files, stored as season type "NBA Cup Final".
@Suite struct NBACupFinalImportTests {
    @Test func theFirstCupFinalImportsFromItsScheduleGamesBoxScoreAndInactiveFiles() throws {
        let seeded = try TestWarehouse.nbaCupFinal()
        let stored = try seeded.warehouse.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT season_type, season_year, away_tricode, home_tricode, away_pts, home_pts, arena_name,
                        from_schedule_file, from_games_file
                    FROM schedule WHERE game_code = '202312090LAL'
                    """
            ).map { row in row.columnNames.map { "\($0)=\(row[$0] as DatabaseValue)" } }
        }
        #expect(
            stored == [
                "season_type=\"NBA Cup Final\"", "season_year=2023", "away_tricode=\"IND\"", "home_tricode=\"LAL\"",
                "away_pts=109", "home_pts=123", "arena_name=\"T-Mobile Arena\"", "from_schedule_file=1",
                "from_games_file=1",
            ])

        let counts = try seeded.warehouse.read { db in
            (
                boxscores: try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM player_boxscores WHERE season_type = 'NBA Cup Final'"),
                points: try Row.fetchAll(
                    db, sql: "SELECT team_tricode, SUM(pts) FROM player_boxscores GROUP BY 1 ORDER BY 1"
                ).map { "\($0[0] as String) \($0[1] as Int)" },
                inactives: try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM inactives WHERE season_type = 'NBA Cup Final'")
            )
        }
        #expect(counts.boxscores == 28)
        #expect(counts.points == ["IND 109", "LAL 123"])
        #expect(counts.inactives == 6)
    }

    @Test func cupFinalLabelsMapToOneSeasonTypeAndEarlierCupRoundsAreRegularSeason() {
        for label in [
            "IST Championship (not RS stats)", "NBA Cup Championship (not RS stats)", "NBA Cup Final",
            "Emirates NBA Cup Final", "In-Season Tournament Championship", "In-Season Tournament Final",
            "NBA Cup Championship", "IST Final", "NBA Cup Final",
        ] {
            #expect(SeasonType(label: label) == .nbaCupFinal, "\(label)")
        }
        for label in ["IST Semifinal", "NBA Cup Quarterfinal", "In-Season Tournament Group Play", "Regular Season"] {
            #expect(SeasonType(label: label) == .regularSeason, "\(label)")
        }
        #expect(SeasonType(label: "Play-In") == .playIn)
        #expect(SeasonType(label: "Playoffs") == .playoffs)
        for label in ["Summer League", "Preseason", "", "NBA Cup"] {
            #expect(SeasonType(label: label) == nil, "\(label)")
        }
        #expect(!SeasonType.nbaCupFinal.countsInSeasonStats)
        #expect(SeasonType.regularSeason.countsInSeasonStats && SeasonType.playoffs.countsInSeasonStats)
    }

    @Test func anUnknownSeasonTypeIsRefusedNamingFileAndLineAndWritesNothing() throws {
        let seeded = try TestWarehouse.empty()
        var rows = RealRows(path: RepositoryPaths.nbaCupFinalFixture + "/player_boxscores.csv") { _ in true }
        rows.set("season_type", to: "Summer League", row: 4)
        let schedule = try String(contentsOfFile: RepositoryPaths.nbaCupFinalFixture + "/schedule.csv", encoding: .utf8)
        let importer = Importer(warehouse: seeded.warehouse)
        _ = try importer.importFile(seeded.directory.write("schedule.csv", schedule), kind: .schedule)
        let before = try WarehouseDump.all(seeded.warehouse)
        let path = seeded.directory.write("bad.csv", rows.csv)
        let error = try #require(throws: IngestError.self) { try importer.importFile(path, kind: .boxscores) }
        #expect(error.file == path)
        #expect(error.line == 6)
        #expect(error.description.contains("unknown season_type \"Summer League\""), "\(error)")
        #expect(try WarehouseDump.all(seeded.warehouse) == before)
    }
}
