import GRDB
import HindcastCore
import HindcastStore

/// Writes `upcoming_player_game_context` for a game day: observed rows for players with pre-game
/// snapshots (imported production rows, prop-line snapshots), then synthetic rows for every other
/// player of D's games under the profile's player-set policy. Synthetic rows never replace an
/// observed one, and each row says which it is.
public struct PlayerContextProcessor: Processor {
    public static let descriptor = ProcessorDescriptor(
        id: "upcoming_player_game_context", version: 1, phase: .context,
        reads: [
            TableRead("schedule", .sameDateAndHistory(days: nil)), TableRead("player_boxscores"),
            TableRead("inactives", .sameDateAndHistory(days: nil)),
            TableRead("prop_lines", .sameDateAndHistory(days: nil)),
            TableRead("game_lines", .sameDateAndHistory(days: nil)), TableRead("injury_reports"),
            TableRead("imported_player_context"), TableRead("player_game_summary", .history(days: nil)),
            TableRead("team_offense_game_summary", .history(days: nil)),
            TableRead("team_defense_game_summary", .history(days: nil)),
        ],
        writes: ["upcoming_player_game_context"])

    public init() {}

    public func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        guard let day = try ContextDay.load(db, request: request) else { return ContextRowWriter.noGames(request) }
        return try ContextRowWriter.write(
            PlayerContextRows.build(day: day, request: request), request: request, db: db)
    }
}

/// An imported player context row's payload: the columns it gives and their values.
typealias PlayerPayload = [(UpcomingPlayerGameContextColumn, (any DatabaseValueConvertible)?)]

/// Assembles a day's player context rows from both drivers.
enum PlayerContextRows {
    /// Observed rows first, then synthetic rows for everyone else (when the profile synthesises).
    static func build(
        day: ContextDay, request: ProcessorRequest, hideObserved: Bool = false
    ) -> [PlayerContextColumns] {
        let settings = request.profile.context
        let builder = PlayerContextBuilder(
            day: day, settings: settings, seasons: request.seasons, runID: request.runID)
        var rows: [String: PlayerContextColumns] = [:]
        if !hideObserved {
            for (slot, origin, payload) in observedSlots(day) {
                var row = builder.row(slot, origin: origin, quotes: quotes(for: slot.lookup, day), reason: nil)
                if let payload {
                    for (column, value) in payload where column != .contextOrigin {
                        row[column] = value
                    }
                    if origin == .observed { row[.syntheticFields] = "[]" }
                }
                rows[slot.lookup] = row
            }
        }
        if settings.synthesize {
            let reason: SynthesisReason = hideObserved ? .forced : rows.isEmpty ? .noContext : .partialContext
            let slots = PlayerSet.players(day, policy: settings.playerSet).filter { rows[$0.lookup] == nil }
            let synthetic =
                (try? ParallelMap.map(slots) { builder.row($0, origin: .synthetic, quotes: [], reason: reason) }) ?? []
            for (slot, row) in zip(slots, synthetic) { rows[slot.lookup] = row }
        }
        return rows.keys.sorted().map { rows[$0]! }
    }

    /// Players with a player-level pre-game snapshot on D: imported rows (with their decoded
    /// payload), then prop-line snapshots.
    static func observedSlots(_ day: ContextDay) -> [(PlayerSlot, ContextOrigin, PlayerPayload?)] {
        var slots: [(PlayerSlot, ContextOrigin, PlayerPayload?)] = []
        var seen = Set<String>()
        for lookup in day.importedPlayers.keys.sorted() {
            let imported = day.importedPlayers[lookup]!
            let payload = ImportedPayload.values(imported.payload, as: UpcomingPlayerGameContextColumn.self)
            guard
                let team = PlayerSet.team(
                    of: lookup, snapshotTeam: payload.first { $0.0 == .teamAbbr }?.1 as? String, day: day),
                let game = day.game(of: team)
            else { continue }
            seen.insert(lookup)
            slots.append(
                (
                    PlayerSlot(
                        lookup: lookup, universalID: payload.first { $0.0 == .universalPlayerId }?.1 as? String,
                        name: nil, team: team,
                        gameCode: game.gameCode, source: "imported"),
                    ContextOrigin(rawValue: imported.origin) ?? .observed, payload
                ))
        }
        for lookup in day.quotes.keys.sorted() where !seen.contains(lookup) {
            let quotes = day.quotes[lookup]!
            guard let team = PlayerSet.team(of: lookup, snapshotTeam: quotes.compactMap(\.team).first, day: day),
                let game = day.game(of: team)
            else { continue }
            slots.append(
                (
                    PlayerSlot(
                        lookup: lookup, universalID: quotes[0].universalID, name: nil, team: team,
                        gameCode: game.gameCode, source: "prop_lines"),
                    .observed, nil
                ))
        }
        return slots
    }

    static func quotes(for lookup: String, _ day: ContextDay) -> [PropLineQuote] {
        (day.quotes[lookup] ?? []).map(\.quote)
    }
}
