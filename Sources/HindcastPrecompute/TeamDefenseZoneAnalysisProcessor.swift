import GRDB
import HindcastCore
import HindcastStore

/// `team_defense_zone_analysis`: for each analysis date and team, the team's last 15 defensive
/// games strictly before the date in the same season, zone percentages allowed against a league
/// average that never includes the date itself. Every team gets a row; teams below the minimum
/// sample get NULL metrics with `early_season_flag` and the reason.
public struct TeamDefenseZoneAnalysisProcessor: Processor {
    public static let table = "team_defense_zone_analysis"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: .phase4,
        reads: [TableRead("team_defense_game_summary", .history(days: nil))],
        writes: [table])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let date = request.date
        let season = ZoneEarlySeason.season(of: date, in: request.seasons)
        let days = request.seasons.daysIntoSeason(date)
        let history = try DefenseHistory.load(db, before: date, seasonYear: season.year, opening: season.opening)
        let league = LeagueZoneAverage(history: history, before: date)
        let teams = Set(TeamDirectory.all.map(\.tricode)).union(history.byTeam.keys).sorted()
        let inserter = try RowInserter(db, TeamDefenseZoneAnalysisColumn.self, sink: request.outputs)
        var outcomeFingerprint = Fingerprint()
        var insufficient = 0
        for team in teams {
            let row = TeamZoneDefense(
                team: team, games: history.byTeam[team] ?? [], league: league, date: date, seasonYear: season.year,
                daysIntoSeason: days)
            if row.isInsufficient { insufficient += 1 }
            outcomeFingerprint.add(row.fingerprint.hex)
            try inserter.insert(row.ordered(runID: request.runID))
        }
        return ProcessorOutcome(
            rowsWritten: [Self.table: teams.count], inputFingerprint: outcomeFingerprint.hex,
            summary: [
                "teams_below_minimum": String(insufficient),
                "league_teams_in_average": String(league.teamsInAverage),
            ])
    }
}
