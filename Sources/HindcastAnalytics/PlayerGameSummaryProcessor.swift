import GRDB
import HindcastCore
import HindcastStore

/// `player_game_summary`: one row per player listed for a game (box score, DNPs included) and per
/// player on the game's official inactive list, with shooting splits, usage from the same game's
/// team sums, shot zones where they exist and the result against an observed line.
public struct PlayerGameSummaryProcessor: Processor {
    public static let table = "player_game_summary"

    public static let descriptor = ProcessorDescriptor(
        id: table, version: 1, phase: .phase3,
        reads: [
            TableRead("player_boxscores", .sameDate), TableRead("schedule", .sameDate),
            TableRead("inactives", .sameDate), TableRead("shot_zones", .sameDate),
            TableRead("prop_lines", .sameDate),
        ],
        writes: [table])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        let day = try GameDay.load(db, date: request.date)
        guard !day.lines.isEmpty else {
            return ProcessorOutcome(
                rowsWritten: [Self.table: 0], inputFingerprint: Fingerprint().hex,
                skipReason: "no box scores imported for \(request.date)")
        }
        let teams = TeamGame.all(in: day)
        let observed = try ObservedLines.load(
            db, date: request.date, priority: request.profile.context.bookmakerPriority)
        let inserter = try RowInserter(db, PlayerGameSummaryColumn.self, sink: request.outputs)
        var outcomeFingerprint = Fingerprint()
        var lookups = Set<String>()
        var written = 0
        var skipped: [String: Int] = [:]

        func insert(_ row: PlayerGameRow, gameCode: String, playerID: String) throws {
            var fingerprint = day.fingerprint(ofGame: gameCode)
            if let entry = observed.byPlayer[playerID] { fingerprint.add(entry.fingerprint.hex) }
            outcomeFingerprint.add(fingerprint.hex)
            try inserter.insert(row.ordered(fingerprint: fingerprint.hex, runID: request.runID))
            written += 1
        }

        for line in day.lines {
            guard let team = teams[line.teamKey] else { continue }
            guard lookups.insert(line.playerLookup).inserted else {
                skipped["duplicate_player_on_date", default: 0] += 1
                continue
            }
            let opponent = teams[TeamGameKey(gameCode: line.gameCode, team: line.opponent)]
            let row = PlayerGameRow.boxscore(
                line, team: team, opponent: opponent, day: day, observed: observed.byPlayer[line.playerID])
            try insert(row, gameCode: line.gameCode, playerID: line.playerID)
        }
        for entry in day.inactives {
            guard !entry.playerName.isEmpty, !entry.playerID.hasPrefix("tmp-") else {
                skipped["unidentified_inactive_entry", default: 0] += 1
                continue
            }
            guard let team = teams[entry.teamKey] else {
                skipped["inactive_without_boxscore", default: 0] += 1
                continue
            }
            // A player traded on the day can be listed inactive by both teams; keep the first
            // listing (by game code) and any box-score line over it.
            guard lookups.insert(entry.playerLookup).inserted else {
                skipped["duplicate_player_on_date", default: 0] += 1
                continue
            }
            let opponent = teams[TeamGameKey(gameCode: entry.gameCode, team: team.opponent)]
            let row = PlayerGameRow.inactive(
                entry, team: team, opponent: opponent, date: request.date, observed: observed.byPlayer[entry.playerID])
            try insert(row, gameCode: entry.gameCode, playerID: entry.playerID)
        }
        var summary = skipped.mapValues(String.init)
        summary["games"] = String(Set(day.lines.map(\.gameCode)).count)
        summary["players_with_lines"] = String(observed.byPlayer.count)
        if day.scheduledGamesWithoutBoxScores > 0 {
            summary["scheduled_games_without_boxscores"] = String(day.scheduledGamesWithoutBoxScores)
        }
        return ProcessorOutcome(
            rowsWritten: [Self.table: written], rowsSkipped: skipped.values.reduce(0, +),
            inputFingerprint: outcomeFingerprint.hex, summary: summary)
    }
}
