import HindcastCore
import Testing

/// Resume planning from partition states: what runs, what is kept, and why.
@Suite struct ResumePlannerTests {
    static let days = (19...23).map { GameDate("2021-10-\($0)")! }
    static let planner: Planner = {
        let graph = try! ProcessorGraph([
            DeclaredProcessor("a", reads: [TableRead("player_boxscores")], writes: ["a_table"]),
            DeclaredProcessor("hist", reads: [TableRead("a_table", .history(days: nil))], writes: ["hist_table"]),
            DeclaredProcessor(
                "final",
                reads: [TableRead("hist_table"), TableRead("grade_table", .history(days: 28), required: false)],
                writes: ["final_table"]),
            DeclaredProcessor("grade", reads: [TableRead("final_table")], writes: ["grade_table"]),
        ])
        let calendar = GameCalendar(
            gameDates: days, boxscoreDates: Set(days), seasons: SeasonCalendar(openingDays: [2021: days[0]]))
        return Planner(graph: graph, calendar: calendar)
    }()

    func reasons(_ plan: BackfillPlan) -> [String] {
        plan.steps.map { "\($0.processorID) \($0.date.description.suffix(2)) \($0.reason.label)" }
    }

    func states(_ table: [String: PartitionStatus]) -> (PartitionKey) -> PartitionState {
        { key in
            let status = table["\(key.processorID) \(key.date.description.suffix(2))"] ?? .done
            return PartitionState(status: status, reason: status == .done ? nil : "\(status)")
        }
    }

    @Test func missingPartitionsAreNewAndTheHistoryTheyReadIsPulledIn() {
        let plan = Self.planner.plan(targets: ["hist"], dates: [Self.days[2]]) { _ in .missing }
        #expect(reasons(plan) == ["a 19 new", "a 20 new", "hist 21 new"])
        #expect(plan.steps[0].reason == .requiredBy(processor: "hist", date: Self.days[2]))
        #expect(plan.upstreamSteps.count == 2 && plan.kept.isEmpty)
    }

    @Test func onlyFailedStaleAndMissingPartitionsRunAndReadersOfThemAreRechecked() {
        let plan = Self.planner.plan(
            targets: ["a", "hist"], dates: Array(Self.days[0...2]),
            state: states(["a 20": .failed, "a 21": .stale, "hist 19": .blocked]))
        #expect(reasons(plan) == ["hist 19 retry", "a 20 retry", "a 21 stale", "hist 21 recheck"])
        #expect(plan.steps.last?.reason == .upstreamRecomputed(processor: "a", date: Self.days[1]))
        #expect(plan.kept == [PartitionKey("a", Self.days[0]), PartitionKey("hist", Self.days[1])])
    }

    @Test func noResumeRedoesEveryRequestedPartitionButKeepsCompleteHistory() {
        let plan = Self.planner.plan(targets: ["hist"], dates: [Self.days[2]], resume: false, state: states([:]))
        #expect(reasons(plan) == ["hist 21 redo"])
        #expect(plan.kept.count == 2)
    }

    @Test func anOptionalHistoryReadStillMakesItsReaderRecheck() {
        let plan = Self.planner.plan(
            targets: ["final", "grade"], dates: Array(Self.days[1...3]), state: states(["grade 20": .failed]))
        #expect(
            reasons(plan) == [
                "grade 20 retry", "final 21 recheck", "grade 21 recheck", "final 22 recheck", "grade 22 recheck",
            ])
    }

    @Test func everyReasonExplainsItself() {
        #expect(
            StepReason.retry(previous: "SQLite error 19").explanation
                == "previous run did not complete: SQLite error 19")
        #expect(
            StepReason.upstreamRecomputed(processor: "a", date: Self.days[0]).explanation
                == "reads a on 2021-10-19, which is recomputed first (re-run only if it changes)")
    }
}
