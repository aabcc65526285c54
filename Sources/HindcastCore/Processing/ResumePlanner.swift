import GRDB

/// A backfill's plan: the steps to run, in order, and the state of every partition in scope
/// (the requested ones and the upstream partitions they read), so that a dry run and the
/// preflight can show what exists and what will be computed, date by date.
public struct BackfillPlan: Sendable {
    /// Requested processors, in graph order.
    public let targets: [String]
    /// Requested game days, ascending.
    public let dates: [GameDate]
    /// The steps to run, by date then graph order.
    public let steps: [PlannedStep]
    /// Targets × dates.
    public let requested: Set<PartitionKey>
    /// What the run history says about every partition in scope.
    public let states: [PartitionKey: PartitionState]

    /// The planned step of a partition, if it is planned.
    public func step(_ key: PartitionKey) -> PlannedStep? { stepIndex[key].map { steps[$0] } }

    /// Partitions in scope that the plan leaves as they are, by date then processor id.
    public var kept: [PartitionKey] {
        states.keys.filter { stepIndex[$0] == nil }.sorted { ($0.date, $0.processorID) < ($1.date, $1.processorID) }
    }

    /// Planned steps outside the requested partitions (upstream history), by processor.
    public var upstreamSteps: [PlannedStep] {
        steps.filter { !requested.contains(PartitionKey($0.processorID, $0.date)) }
    }

    private let stepIndex: [PartitionKey: Int]

    public init(
        targets: [String], dates: [GameDate], steps: [PlannedStep], requested: Set<PartitionKey>,
        states: [PartitionKey: PartitionState]
    ) {
        self.targets = targets
        self.dates = dates
        self.steps = steps
        self.requested = requested
        self.states = states
        self.stepIndex = Dictionary(
            uniqueKeysWithValues: steps.enumerated().map { (PartitionKey($1.processorID, $1.date), $0) })
    }
}

extension Planner {
    /// The partitions a backfill of `targets` on `dates` involves: the requested ones and,
    /// transitively, every partition their required reads cover, each mapped to the partition
    /// that first needed it (requested ones map to themselves).
    public func scope(
        targets: [String], dates: [GameDate], shouldRun: (String, GameDate) -> Bool = { _, _ in true }
    ) -> [PartitionKey: PartitionKey] {
        var scope: [PartitionKey: PartitionKey] = [:]
        var frontier: [PartitionKey] = []
        for date in dates {
            for id in targets where shouldRun(id, date) {
                let key = PartitionKey(id, date)
                if scope.updateValue(key, forKey: key) == nil { frontier.append(key) }
            }
        }
        while let key = frontier.popLast() {
            guard let processor = graph.processor(key.processorID) else { continue }
            for read in processor.descriptor.reads where read.required {
                guard let writer = graph.writerOf[read.table] else { continue }
                for date in DependencySnapshot.window(read.window, on: key.date, calendar: calendar) {
                    let upstream = PartitionKey(writer, date)
                    if scope[upstream] == nil {
                        scope[upstream] = key
                        frontier.append(upstream)
                    }
                }
            }
        }
        return scope
    }

    /// The resumable plan: requested partitions that are missing (or all of them when `resume` is
    /// false), every partition in scope that failed, was blocked or is stale, missing upstream
    /// partitions, and partitions in scope that read something recomputed (re-run only if it changed).
    public func plan(
        targets: [String], dates: [GameDate], resume: Bool = true,
        shouldRun: (String, GameDate) -> Bool = { _, _ in true }, state: (PartitionKey) -> PartitionState
    ) -> BackfillPlan {
        plan(
            targets: targets, dates: dates, resume: resume,
            scope: scope(targets: targets, dates: dates, shouldRun: shouldRun), state: state)
    }

    /// The resumable plan from the warehouse's run history, as `backfill` makes it: each partition
    /// in scope is judged by a `DependencySnapshot` against `profile`.
    public func plan(
        _ db: Database, targets: [String], dates: [GameDate], resume: Bool = true, profile: Profile
    ) throws -> BackfillPlan {
        let scope = scope(targets: targets, dates: dates)
        let snapshot = try DependencySnapshot.load(db, graph: graph, calendar: calendar, keys: scope.keys)
        let fingerprints = ProfileFingerprints(profile, graph: graph)
        return plan(targets: targets, dates: dates, resume: resume, scope: scope) {
            snapshot.state(of: $0, profile: fingerprints)
        }
    }

    private func plan(
        targets: [String], dates: [GameDate], resume: Bool, scope: [PartitionKey: PartitionKey],
        state: (PartitionKey) -> PartitionState
    ) -> BackfillPlan {
        let requested = Set(scope.filter { $0.key == $0.value }.keys)
        var states: [PartitionKey: PartitionState] = [:]
        let ordered = scope.keys.sorted(by: runsBefore)
        var plannedDates: [String: [GameDate]] = [:]
        var steps: [PlannedStep] = []
        for key in ordered {
            let current = state(key)
            states[key] = current
            var reason: StepReason?
            if !resume && requested.contains(key) {
                reason = .forced
            } else {
                switch current.status {
                case .missing:
                    let requirer = scope[key]!
                    reason =
                        requirer == key
                        ? .requested : .requiredBy(processor: requirer.processorID, date: requirer.date)
                case .failed, .blocked: reason = .retry(previous: current.reason ?? current.status.rawValue)
                case .stale: reason = .stale(because: current.reason ?? "inputs changed")
                case .done, .skipped: reason = recomputedInput(of: key, plannedDates: plannedDates)
                }
            }
            guard let reason else { continue }
            steps.append(PlannedStep(processorID: key.processorID, date: key.date, reason: reason))
            plannedDates[key.processorID, default: []].append(key.date)
        }
        return BackfillPlan(
            targets: graph.ids.filter(targets.contains), dates: dates, steps: steps, requested: requested,
            states: states)
    }

    /// The first recomputed partition `key` reads (any read, optional ones included), if any.
    private func recomputedInput(of key: PartitionKey, plannedDates: [String: [GameDate]]) -> StepReason? {
        guard let processor = graph.processor(key.processorID) else { return nil }
        for read in processor.descriptor.reads {
            guard let writer = graph.writerOf[read.table], let dates = plannedDates[writer],
                let bounds = bounds(of: read.window, on: key.date)
            else { continue }
            let low = dates.partitionPoint { $0 < bounds.lowerBound }
            if low < dates.count && dates[low] <= bounds.upperBound {
                return .upstreamRecomputed(processor: writer, date: dates[low])
            }
        }
        return nil
    }

    /// The first and last calendar day a read covers (as `GameCalendar.gameDates(before:days:)`).
    private func bounds(of window: ReadWindow, on date: GameDate) -> ClosedRange<GameDate>? {
        var start = date
        if case .some(let days) = window.historyDays { start = calendar.historyStart(before: date, days: days) }
        let end = window.includesSameDate ? date : date.adding(days: -1)
        return start <= end ? start...end : nil
    }
}
