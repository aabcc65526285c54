import HindcastCore

/// How much scoring a team is missing on a date: for each player on that game's official inactive
/// list with 3+ games played this season before the date, his points per game weighted by his
/// minutes share (minutes per game / 36, at most 1). Reads only games before the date.
struct AbsentPlayers {
    let history: PlayerGameLog
    private var cache: [String: Double] = [:]

    init(history: PlayerGameLog) { self.history = history }

    /// The missing scoring of `players` (the inactive list of one team) on `date`.
    mutating func points(_ players: [String], on date: GameDate, team: String) -> Double {
        let key = "\(date)|\(team)"
        if let known = cache[key] { return known }
        var total = 0.0
        for lookup in players {
            let played = history.games(of: lookup).filter { $0.date < date && $0.played }
            guard played.count >= 3 else { continue }
            let points = played.reduce(0.0) { $0 + Double($1.points ?? 0) } / Double(played.count)
            let minutes = played.reduce(0.0) { $0 + ($1.minutes ?? 0) } / Double(played.count)
            total += points * min(1, minutes / 36)
        }
        cache[key] = total
        return total
    }
}
