import HindcastCore

/// Everything about one team on game day D that every player of that team shares: computed once
/// per team, not once per player.
struct TeamDay {
    let game: ContextDay.Game
    let team: String
    let opponent: String
    let isHome: Bool
    let schedule: TeamScheduleFields
    let opponentDaysRest: Int?
    let form: TeamForm
    let opponentForm: TeamForm
    /// Stars of the team on D's inactive list (lookups, sorted).
    let starsOut: [String]
    let lines: GameLineChoice
    /// Team games in the 30 days before D (for completeness).
    let gamesLast30Days: Int
    /// Hash of the team-level inputs (schedule results, both teams' form, stars out, lines).
    let fingerprint: Fingerprint

    /// The team days of every team playing on D.
    static func all(_ day: ContextDay, settings: ContextSettings) -> [String: TeamDay] {
        let stars = StarPlayers(settings: settings)
        var result: [String: TeamDay] = [:]
        for game in day.games {
            for (team, opponent) in [(game.away, game.home), (game.home, game.away)] {
                result[team] = TeamDay(
                    day: day, game: game, team: team, opponent: opponent, stars: stars, settings: settings)
            }
        }
        return result
    }

    init(
        day: ContextDay, game: ContextDay.Game, team: String, opponent: String, stars: StarPlayers,
        settings: ContextSettings
    ) {
        self.game = game
        self.team = team
        self.opponent = opponent
        isHome = game.home == team
        schedule = TeamDay.scheduleFields(team, game: game, day: day)
        opponentDaysRest = TeamDay.scheduleFields(opponent, game: game, day: day).daysRest
        form = TeamForm(date: day.date, games: day.teamForm[team] ?? [])
        opponentForm = TeamForm(date: day.date, games: day.teamForm[opponent] ?? [])
        starsOut = day.inactive.filter { $0.team == team }
            .filter { stars.isStar(day.history.games(of: $0.lookup)) }
            .map(\.lookup).sorted()
        lines = GameLineChoice(
            lines: day.gameLines, gameCode: game.gameCode, team: team, priority: settings.bookmakerPriority)
        let windowStart = day.date.adding(days: -30)
        gamesLast30Days = (day.teamGames[team] ?? []).filter { $0.date < day.date && $0.date >= windowStart }.count
        var fingerprint = Fingerprint()
        fingerprint.add(team)
        fingerprint.add(game.gameCode)
        for side in [team, opponent] {
            for item in day.teamGames[side] ?? [] where item.date < day.date {
                fingerprint.add(item.gameCode)
                fingerprint.add(item.points)
                fingerprint.add(item.opponentPoints)
            }
            for item in day.teamForm[side] ?? [] {
                fingerprint.add(item.date)
                fingerprint.add(item.pace)
                fingerprint.add(item.offensiveRating)
                fingerprint.add(item.defensiveRating)
                fingerprint.add(item.reboundingRate)
                fingerprint.add(item.freeThrowRateAllowed)
            }
        }
        fingerprint.add(starsOut.joined(separator: ","))
        fingerprint.add(lines.spread)
        fingerprint.add(lines.total)
        self.fingerprint = fingerprint
    }

    static func scheduleFields(_ team: String, game: ContextDay.Game, day: ContextDay) -> TeamScheduleFields {
        let games = day.teamGames[team] ?? []
        guard let current = games.first(where: { $0.gameCode == game.gameCode }) else {
            // `teamGames` holds every scheduled game up to D, so D's own game is always there.
            preconditionFailure("game \(game.gameCode) of \(team) missing from the season's schedule")
        }
        return TeamScheduleFields(current: current, earlier: games)
    }
}
