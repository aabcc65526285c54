import GRDB
import HindcastStore

/// Checks a plan against the raw tables before anything runs. Real gaps: a date with planned
/// steps whose scheduled games lack box scores; a date whose context is planned with no observed
/// context while the profile does not synthesise. Days without games are reported, not refused.
public struct Preflight: Sendable {
    public let graph: ProcessorGraph
    public let calendar: GameCalendar
    public let profile: Profile

    static let playerContext = "upcoming_player_game_context"
    static let teamContext = "upcoming_team_game_context"

    public init(graph: ProcessorGraph, calendar: GameCalendar, profile: Profile) {
        self.graph = graph
        self.calendar = calendar
        self.profile = profile
    }

    /// The preflight of `plan` over `range`.
    public func check(_ db: Database, plan: BackfillPlan, range: DateRange) throws -> PreflightReport {
        let plannedDates = Set(plan.steps.map(\.date))
        let stepsByDate = Dictionary(grouping: plan.steps, by: \.date).mapValues { Set($0.map(\.processorID)) }
        let low = min(range.start, plannedDates.min() ?? range.start)
        let high = max(range.end, plannedDates.max() ?? range.end)
        let coverage = try boxScoreCoverage(db, from: low, through: high)
        let players = try PlayerContextCounts.load(db, from: range.start, through: range.end)
        let teams = try observedTeams(db, from: range.start, through: range.end)
        let boxScoreReaders = sameDateReaders(of: ["player_boxscores"])
        let playerWriter = graph.writerOf[Preflight.playerContext]
        let teamWriter = graph.writerOf[Preflight.teamContext]
        let playerReaders = playerWriter.map(readers(of:)) ?? []
        let teamReaders = teamWriter.map(readers(of:)) ?? []
        let synthesize = profile.context.synthesize
        let countable = profile.context.playerSet == .boxscore
        var gaps: [PreflightGap] = []
        var warnings: [String] = []

        for date in plannedDates.sorted() {
            let (games, covered) = coverage[date] ?? (0, 0)
            guard games > covered else { continue }
            let affected = graph.ids.filter { stepsByDate[date]?.contains($0) == true && boxScoreReaders.contains($0) }
            guard !affected.isEmpty else { continue }
            let problem =
                covered == 0
                ? "no box scores for any of the \(games) scheduled games on \(date)"
                : "\(games - covered) of \(games) scheduled games on \(date) have no box scores"
            gaps.append(PreflightGap(date: date, problem: problem, processors: affected))
        }

        var days: [DayInputs] = []
        for date in range.days {
            let (games, covered) = coverage[date] ?? (0, 0)
            let planned = stepsByDate[date] ?? []
            var player: ContextForecast?
            var team: ContextForecast?
            if let playerWriter, planned.contains(playerWriter), games > 0 {
                let counts = players[date] ?? PlayerContextCounts.Day()
                let uncovered = counts.playerSet.subtracting(counts.all).count
                let synthetic = synthesize ? (countable ? uncovered : nil) : 0
                player = ContextForecast(
                    observed: counts.observed.count, importedSynthetic: counts.importedSynthetic.count,
                    synthetic: synthetic)
                if !synthesize && counts.all.isEmpty {
                    gaps.append(
                        PreflightGap(
                            date: date,
                            problem: "no observed player context on \(date) and profile \(profile.name) "
                                + "does not synthesise (synthesize: false)",
                            processors: graph.ids.filter { playerReaders.contains($0) && planned.contains($0) }))
                } else if !synthesize && countable && uncovered > 0 {
                    warnings.append("\(date): \(uncovered) players have no observed context and get no context row")
                }
            }
            if let teamWriter, planned.contains(teamWriter), games > 0 {
                let observed = min(teams[date] ?? 0, games * 2)
                team = ContextForecast(
                    observed: observed, importedSynthetic: 0, synthetic: synthesize ? games * 2 - observed : 0)
                if !synthesize && observed == 0 {
                    gaps.append(
                        PreflightGap(
                            date: date,
                            problem: "no observed team context on \(date) and profile \(profile.name) "
                                + "does not synthesise (synthesize: false)",
                            processors: graph.ids.filter { teamReaders.contains($0) && planned.contains($0) }))
                }
            }
            days.append(
                DayInputs(
                    date: date, scheduledGames: games, gamesWithBoxScores: covered, playerContext: player,
                    teamContext: team))
        }
        let inRange = plan.dates.count
        if inRange == 0 { warnings.append("no game days between \(range.start) and \(range.end)") }
        return PreflightReport(
            range: range, profileName: profile.name, synthesize: synthesize,
            playerSet: profile.context.playerSet.rawValue,
            days: days, gaps: gaps.sorted { ($0.date, $0.problem) < ($1.date, $1.problem) }, warnings: warnings)
    }

    /// Processors that read one of `tables` for the same date, directly or through same-date inputs.
    func sameDateReaders(of tables: Set<String>) -> Set<String> {
        var reached = tables
        var readers = Set<String>()
        for processor in graph.ordered {
            let descriptor = processor.descriptor
            if descriptor.reads.contains(where: { $0.window.includesSameDate && reached.contains($0.table) }) {
                readers.insert(descriptor.id)
                reached.formUnion(descriptor.writes)
            }
        }
        return readers
    }

    /// `writer` and the processors that read its output for the same date, directly or not.
    private func readers(of writer: String) -> Set<String> {
        sameDateReaders(of: Set(graph.processor(writer)?.descriptor.writes ?? [])).union([writer])
    }

    /// Scheduled games and games with box scores, per date.
    private func boxScoreCoverage(
        _ db: Database, from start: GameDate, through end: GameDate
    ) throws -> [GameDate: (Int, Int)] {
        var result: [GameDate: (Int, Int)] = [:]
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT s.game_date AS game_date, COUNT(*) AS games,
                    SUM(EXISTS (SELECT 1 FROM player_boxscores b WHERE b.game_code = s.game_code)) AS with_box_scores
                FROM schedule s WHERE s.game_date BETWEEN ? AND ? GROUP BY s.game_date
                """, arguments: [start.description, end.description])
        {
            if let date = GameDate(row["game_date"] as String) { result[date] = (row["games"], row["with_box_scores"]) }
        }
        return result
    }

    /// Teams per date whose game has a pre-game game-line snapshot or who have a pre-game imported
    /// observed context row.
    private func observedTeams(_ db: Database, from start: GameDate, through end: GameDate) throws -> [GameDate: Int] {
        var result: [GameDate: Int] = [:]
        let preGame = ObservedGameLines.condition("g")
        for row in try Row.fetchAll(
            db,
            sql: """
                SELECT game_date, COUNT(*) AS teams FROM (
                    SELECT s.game_date, s.away_tricode AS team FROM schedule s
                    WHERE s.game_date BETWEEN ?1 AND ?2
                        AND EXISTS (SELECT 1 FROM game_lines g WHERE g.game_code = s.game_code AND \(preGame))
                    UNION SELECT s.game_date, s.home_tricode FROM schedule s
                    WHERE s.game_date BETWEEN ?1 AND ?2
                        AND EXISTS (SELECT 1 FROM game_lines g WHERE g.game_code = s.game_code AND \(preGame))
                    UNION SELECT game_date, team_abbr FROM imported_team_context
                    WHERE game_date BETWEEN ?1 AND ?2 AND context_origin = 'observed' AND (captured_at IS NULL
                        OR \(ScheduledTipoff.beforeSQL("captured_at", ScheduledTipoff.tipoffSQL(date: "imported_team_context.game_date", team: "imported_team_context.team_abbr"))))
                ) GROUP BY game_date
                """, arguments: [start.description, end.description])
        {
            if let date = GameDate(row["game_date"] as String) { result[date] = row["teams"] }
        }
        return result
    }
}
