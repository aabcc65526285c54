import GRDB
import HindcastCore
import HindcastStore

/// `player_shot_zone_analysis`: for each analysis date, every player with at least one game
/// played this season before the date: L10 and L20 shot profiles, primary scoring zone and
/// sample quality. Players below the early-season minimum get a row with NULL metrics,
/// `early_season_flag` and the reason.
public struct PlayerShotZoneAnalysisProcessor: Processor {
    public static let table = "player_shot_zone_analysis"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: .phase4,
        reads: [TableRead("player_game_summary", .history(days: nil))],
        writes: [table])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let date = request.date
        let season = ZoneEarlySeason.season(of: date, in: request.seasons)
        let days = request.seasons.daysIntoSeason(date)
        let history = try PlayerZoneHistory.load(db, request: request)
        let inserter = try RowInserter(db, PlayerShotZoneAnalysisColumn.self, sink: request.outputs)
        let layout = inserter.layout
        var outcomeFingerprint = Fingerprint()
        var insufficient = 0
        var zoned = 0
        let profiles = try ParallelMap.map(history.byPlayer.keys.sorted()) { player in
            let row = PlayerShotZoneProfile(
                games: history.byPlayer[player]!, date: date, seasonYear: season.year, daysIntoSeason: days)
            return (row: row, prepared: layout.prepare(row.ordered(runID: request.runID)))
        }
        for profile in profiles {
            if profile.row.isInsufficient { insufficient += 1 }
            if profile.row.usesZones { zoned += 1 }
            outcomeFingerprint.add(profile.row.fingerprint.hex)
            try inserter.insert(profile.prepared)
        }
        var summary = [
            "players_below_minimum": String(insufficient), "players_with_zone_profiles": String(zoned),
        ]
        if history.byPlayer.isEmpty { summary["note"] = "no games played this season before \(date)" }
        return ProcessorOutcome(
            rowsWritten: [Self.table: history.byPlayer.count], inputFingerprint: outcomeFingerprint.hex,
            summary: summary)
    }
}
