import Foundation
import GRDB
import HindcastStore

/// The run's memory of `player_game_summary` partitions. Each game day is read from the warehouse
/// once per run (one query per run of consecutive unread days) into per-player arrays sorted by
/// date, shared by every processor and date that reads it as history; the runner forgets a day
/// when a step rewrites it.
///
/// A window served is a view of those arrays (`PlayerGameLog`), bounded to the dates asked for, so
/// what a processor sees is exactly what its own query would have returned.
///
/// It also keeps values a processor derives from one day's partition of any table (`dayValue`),
/// such as a day's grade totals, forgotten the same way when a step rewrites that partition.
public final class HistoryCache: Sendable {
    /// Values derived from one table's partition of one day: by table, day number and name.
    private let dayValues = Locked([String: [Int: [String: any Sendable]]]())

    /// What the cache holds.
    fileprivate struct Days: Sendable {
        /// Per player, loaded games oldest first.
        var byPlayer: [String: [PlayerGameLogEntry]] = [:]
        /// Players with games on each loaded day (to forget a day).
        var playersOn: [Int: Set<String>] = [:]
        var loaded = Set<Int>()
    }

    private let days = Locked(Days())

    public init() {}

    /// Player game summaries dated in `start..<end`, newest first per player.
    public func playerLog(_ db: Database, from start: GameDate, before end: GameDate) throws -> PlayerGameLog {
        try days.withLock { days in
            try days.load(db, from: start.dayNumber, before: end.dayNumber)
            return PlayerGameLog(sorted: days.byPlayer, from: start, before: end)
        }
    }

    /// The value `compute` derives from `table`'s rows dated `date`, under `name` (which must say
    /// everything else the value depends on): computed the first time the run asks, then kept until
    /// a step rewrites that partition.
    public func dayValue<Value: Sendable>(
        of table: String, named name: String, on date: GameDate, compute: () throws -> Value
    ) rethrows -> Value {
        let day = date.dayNumber
        if let known = dayValues.withLock({ $0[table]?[day]?[name] }) as? Value { return known }
        let value = try compute()
        dayValues.withLock { $0[table, default: [:]][day, default: [:]][name] = value }
        return value
    }

    /// Forgets what the cache holds of `table` on `date` (called after a step rewrites it).
    public func invalidate(_ table: String, date: GameDate) {
        dayValues.withLock { $0[table]?[date.dayNumber] = nil }
        guard table == "player_game_summary" else { return }
        days.withLock { days in
            days.loaded.remove(date.dayNumber)
            for player in days.playersOn.removeValue(forKey: date.dayNumber) ?? [] {
                days.byPlayer[player]?.removeAll { $0.date == date }
            }
        }
    }
}

extension HistoryCache.Days {
    fileprivate mutating func load(_ db: Database, from start: Int, before end: Int) throws {
        var day = start
        while day < end {
            guard !loaded.contains(day) else {
                day += 1
                continue
            }
            var stop = day
            while stop < end && !loaded.contains(stop) { stop += 1 }
            var touched = Set<String>()
            try PlayerGameLog.read(db, from: GameDate(dayNumber: day), before: GameDate(dayNumber: stop)) { entry in
                byPlayer[entry.playerLookup, default: []].append(entry)
                playersOn[entry.date.dayNumber, default: []].insert(entry.playerLookup)
                touched.insert(entry.playerLookup)
            }
            // Days usually arrive in date order (appends stay sorted); an older range loaded later
            // is merged by sorting the players it touched.
            for player in touched {
                if let games = byPlayer[player], !Self.isSorted(games) {
                    byPlayer[player] = games.sorted { $0.date < $1.date }
                }
            }
            for missing in day..<stop { loaded.insert(missing) }
            day = stop
        }
    }

    private static func isSorted(_ games: [PlayerGameLogEntry]) -> Bool {
        zip(games, games.dropFirst()).allSatisfy { $0.date <= $1.date }
    }
}
