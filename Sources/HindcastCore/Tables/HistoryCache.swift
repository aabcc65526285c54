import Foundation
import GRDB

/// The run's memory of `player_game_summary` partitions. Each game day is read from the warehouse
/// once per run (one query per run of consecutive unread days) and shared by every processor and
/// date that reads it as history; the runner forgets a day when a step rewrites it.
///
/// Only partitions strictly before the requesting date are ever served, so what a processor sees
/// is exactly what its own query would have returned.
public final class HistoryCache: @unchecked Sendable {
    private let lock = NSLock()
    private var days: [Int: [PlayerGameLogEntry]] = [:]
    private var loaded = Set<Int>()
    /// The last few windows served (processors of one date ask for the same one or two).
    private var memo: [(start: Int, end: Int, log: PlayerGameLog)] = []

    public init() {}

    /// Player game summaries dated in `start..<end`, newest first per player.
    public func playerLog(_ db: Database, from start: GameDate, before end: GameDate) throws -> PlayerGameLog {
        lock.lock()
        defer { lock.unlock() }
        if let hit = memo.first(where: { $0.start == start.dayNumber && $0.end == end.dayNumber }) { return hit.log }
        try load(db, from: start.dayNumber, before: end.dayNumber)
        var entries: [String: [PlayerGameLogEntry]] = [:]
        var day = end.dayNumber - 1
        while day >= start.dayNumber {
            for entry in days[day] ?? [] { entries[entry.playerLookup, default: []].append(entry) }
            day -= 1
        }
        let log = PlayerGameLog(entries: entries)
        memo.append((start.dayNumber, end.dayNumber, log))
        if memo.count > 3 { memo.removeFirst() }
        return log
    }

    /// Forgets what the cache holds of `table` on `date` (called after a step rewrites it).
    public func invalidate(_ table: String, date: GameDate) {
        guard table == "player_game_summary" else { return }
        lock.lock()
        defer { lock.unlock() }
        days[date.dayNumber] = nil
        loaded.remove(date.dayNumber)
        memo.removeAll()
    }

    private func load(_ db: Database, from start: Int, before end: Int) throws {
        var day = start
        while day < end {
            guard !loaded.contains(day) else {
                day += 1
                continue
            }
            var stop = day
            while stop < end && !loaded.contains(stop) { stop += 1 }
            try PlayerGameLog.read(db, from: GameDate(dayNumber: day), before: GameDate(dayNumber: stop)) { entry in
                days[entry.date.dayNumber, default: []].append(entry)
            }
            for missing in day..<stop { loaded.insert(missing) }
            day = stop
        }
    }
}
