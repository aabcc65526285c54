import HindcastCore

/// Picks the snapshot values for one team's game: spread (from that team's side) and total, from
/// the preferred bookmaker's latest capture, with its earliest capture as the opening.
struct GameLineChoice {
    var spread: Double?
    var openingSpread: Double?
    var spreadSource: String?
    var total: Double?
    var openingTotal: Double?
    var totalSource: String?
    var capturedAt: String?

    /// The current spread minus the opening spread.
    var spreadMovement: Double? { spread.flatMap { spread in openingSpread.map { spread - $0 } } }
    /// The current total minus the opening total.
    var totalMovement: Double? { total.flatMap { total in openingTotal.map { total - $0 } } }

    init(lines: [ContextDay.GameLine], gameCode: String, team: String, priority: [String]) {
        let game = lines.filter { $0.gameCode == gameCode }
        func pick(_ market: String, side: String) -> (current: ContextDay.GameLine, opening: ContextDay.GameLine)? {
            let offers = game.filter { $0.market == market && $0.side == side }
            guard !offers.isEmpty else { return nil }
            let book = Set(offers.map(\.bookmaker)).min {
                PropLineSelection.rank($0, priority: priority) < PropLineSelection.rank($1, priority: priority)
            }!
            let chosen = offers.filter { $0.bookmaker == book }.sorted { $0.capturedAt < $1.capturedAt }
            return (chosen.last!, chosen.first!)
        }
        if let spread = pick("spread", side: team) {
            self.spread = spread.current.point
            openingSpread = spread.opening.point
            spreadSource = spread.current.bookmaker
            capturedAt = spread.current.capturedAt
        }
        if let total = pick("total", side: "OVER") {
            self.total = total.current.point
            openingTotal = total.opening.point
            totalSource = total.current.bookmaker
            capturedAt = max(capturedAt ?? "", total.current.capturedAt)
        }
    }
}
