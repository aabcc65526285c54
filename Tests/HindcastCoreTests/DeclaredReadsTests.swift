import GRDB
import HindcastCLI
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// Declared reads checked against what runs (issue 15): every processor, run on a real date of
/// the bundled season, touches only the tables its descriptor declares, reads no history older
/// than its declared window, and the windows come from the descriptor the profile built.
@Suite(.serialized) struct DeclaredReadsTests {
    /// The checked date, and a date with grades 40 days before it.
    static let date = GameDate("2021-12-15")!
    static let gradedDate = GameDate("2021-11-05")!

    /// A profile whose ensemble weighs 56 days of grades (the default is 28).
    static var longWindowProfile: Profile {
        var profile = Profile.standard
        profile.name = "long-window"
        profile.predictions.ensembleWindowDays = 56
        return profile
    }

    /// The season's game summaries through 2022-01-02, then everything for the graded date and for
    /// the checked date (grades included) under the 56-day profile.
    func computed() throws -> SeededWarehouse {
        let seeded = try TestWarehouse.season2021(after: "declared-reads-2021-12-15") { warehouse in
            try PipelineRun.run(warehouse, from: "2021-10-19", through: "2022-01-02", processors: OpsFixtures.phase3)
            for date in [Self.gradedDate, Self.date] {
                let report = try PipelineRun.run(
                    warehouse, from: date.description, through: date.description, processors: ["prediction_accuracy"],
                    profile: Self.longWindowProfile)
                guard report.failed.isEmpty else { throw TraceError("fixture run failed on \(date): \(report.failed)") }
            }
        }
        let grades = try seeded.warehouse.read { db in
            try Int.fetchOne(
                db, sql: "SELECT COUNT(*) FROM prediction_accuracy WHERE game_date = ?",
                arguments: [Self.gradedDate.description])
        }
        #expect((grades ?? 0) > 0, "the fixture grades \(Self.gradedDate)")
        return seeded
    }

    @Test func everyTableAProcessorTouchesIsDeclared() throws {
        let seeded = try computed()
        let processors = Pipeline.processors(for: Self.longWindowProfile)
        let graph = try ProcessorGraph(processors)
        var checked = 0
        for id in graph.ids {
            let processor = try #require(graph.processor(id))
            let touched = try StatementTrace.tables(touchedBy: processor, on: Self.date, in: seeded.warehouse)
            let declared = Set(processor.descriptor.reads.map(\.table))
            let writes = Set(processor.descriptor.writes)
            #expect(
                touched.read.subtracting(declared).subtracting(writes).isEmpty,
                "\(id) reads undeclared tables: \(touched.read.subtracting(declared).subtracting(writes).sorted())")
            #expect(
                touched.written.subtracting(writes).isEmpty,
                "\(id) writes undeclared tables: \(touched.written.subtracting(writes).sorted())")
            #expect(!touched.read.isEmpty, "\(id) read something on \(Self.date)")
            checked += 1
        }
        #expect(checked == graph.ids.count && checked >= 12)
    }

    @Test func noProcessorReadsHistoryOlderThanItsWindow() throws {
        let seeded = try computed()
        let graph = try ProcessorGraph(Pipeline.processors(for: Self.longWindowProfile))
        var checkedWindows: [String] = []
        for id in graph.ids {
            let processor = try #require(graph.processor(id))
            let baseline = try StatementTrace.output(of: processor, on: Self.date, in: seeded.warehouse)
            for read in processor.descriptor.reads {
                guard case .some(.some(let days)) = read.window.historyDays,
                    let column = WarehouseCatalog.table(named: read.table)?.dateColumn
                else { continue }
                let cutoff = Self.date.adding(days: -days).description
                let older = try seeded.warehouse.read { db in
                    try Int.fetchOne(
                        db, sql: "SELECT COUNT(*) FROM \(read.table) WHERE \(column) < ?", arguments: [cutoff]) ?? 0
                }
                let output = try StatementTrace.output(of: processor, on: Self.date, in: seeded.warehouse) { db in
                    try db.execute(sql: "DELETE FROM \(read.table) WHERE \(column) < ?", arguments: [cutoff])
                }
                #expect(
                    output == baseline,
                    "\(id)'s output on \(Self.date) moved when \(read.table) rows before its \(days)-day window went")
                checkedWindows.append("\(id) \(read.table) \(days) (\(older) older rows)")
            }
        }
        #expect(
            checkedWindows.contains { $0.hasPrefix("player_prop_predictions prediction_accuracy 56 ") },
            "the predictions' window is the profile's: \(checkedWindows)")
    }

    @Test func aGradeFortyDaysBackMakesPredictionsStaleUnderAFiftySixDayWindow() throws {
        let seeded = try computed()
        let profile = Self.longWindowProfile
        let graph = try Pipeline.graph(for: profile)
        let before = try OpsFixtures.plan(
            seeded.warehouse, from: Self.date.description, through: Self.date.description,
            processors: ["player_prop_predictions"], profile: profile, graph: graph)
        #expect(before.plan.steps.isEmpty, "\(OpsFixtures.describe(before.plan.steps))")
        // A corrected score 40 days back changes that date's grades.
        try seeded.warehouse.write { db in
            try db.execute(
                sql: """
                    UPDATE player_game_summary SET points = points + 7
                    WHERE game_date = ? AND player_lookup = (
                        SELECT MIN(player_lookup) FROM prediction_accuracy WHERE game_date = ?)
                    """, arguments: [Self.gradedDate.description, Self.gradedDate.description])
        }
        let regrade = try OpsFixtures.backfill(
            seeded.warehouse, from: Self.gradedDate.description, through: Self.gradedDate.description,
            processors: ["prediction_accuracy"], profile: profile, resume: false, graph: graph)
        #expect(regrade.report.failed.isEmpty && regrade.report.succeeded >= 1)
        let after = try OpsFixtures.plan(
            seeded.warehouse, from: Self.date.description, through: Self.date.description,
            processors: ["player_prop_predictions"], profile: profile, graph: graph)
        #expect(OpsFixtures.describe(after.plan.steps) == ["player_prop_predictions 2021-12-15 stale"])
        #expect(after.plan.steps.first?.reason == .stale(because: "input changed since the run: prediction_accuracy"))
    }
}

/// Runs one processor on one date inside a transaction that is rolled back, recording what it did.
enum StatementTrace {
    /// The tables `processor` read and wrote on `date`: every statement it ran, traced, then
    /// compiled again under `EXPLAIN` and its `OpenRead`/`OpenWrite` root pages mapped to tables
    /// through `sqlite_schema` (an index counts as its table). GRDB's own schema queries
    /// (`sqlite_*`, pragmas) are left out.
    static func tables(
        touchedBy processor: any Processor, on date: GameDate, in warehouse: Warehouse
    ) throws -> (read: Set<String>, written: Set<String>) {
        var read: Set<String> = []
        var written: Set<String> = []
        try run(processor, on: date, in: warehouse) { db, statements in
            let tables = try Dictionary(
                Row.fetchAll(db, sql: "SELECT rootpage, tbl_name FROM sqlite_schema WHERE rootpage > 0")
                    .map { (Int($0[0] as Int64), $0[1] as String) }, uniquingKeysWith: { first, _ in first })
            for sql in statements {
                let verb = sql.prefix { !$0.isWhitespace }.uppercased()
                guard ["SELECT", "WITH", "INSERT", "DELETE", "UPDATE", "REPLACE"].contains(verb) else { continue }
                // Parameters stay unbound (NULL): EXPLAIN only compiles the statement.
                let explain = try db.makeStatement(sql: "EXPLAIN " + sql)
                explain.setUncheckedArguments([])
                for operation in try Row.fetchAll(explain) {
                    let opcode: String = operation["opcode"]
                    guard opcode == "OpenRead" || opcode == "OpenWrite", operation["p3"] as Int == 0 else { continue }
                    guard let table = tables[operation["p2"]], !table.hasPrefix("sqlite_") else { continue }
                    if opcode == "OpenRead" { read.insert(table) } else { written.insert(table) }
                }
            }
        }
        return (read, written)
    }

    /// The rows `processor` writes for `date` after `prepare` changed the warehouse (both rolled back).
    static func output(
        of processor: any Processor, on date: GameDate, in warehouse: Warehouse,
        prepare: (Database) throws -> Void = { _ in }
    ) throws -> [String: [[String]]] {
        var result: [String: [[String]]] = [:]
        try run(processor, on: date, in: warehouse, prepare: prepare) { db, _ in
            for table in processor.descriptor.writes {
                guard let column = WarehouseCatalog.table(named: table)?.dateColumn else { continue }
                result[table] = try TableSnapshot.rows(db, table, where: "\(column) = ?", arguments: [date.description])
            }
        }
        return result
    }

    /// Clears `processor`'s partitions of `date` and runs it as the runner does, with every
    /// statement traced; `inspect` sees the result before the transaction is rolled back.
    private static func run(
        _ processor: any Processor, on date: GameDate, in warehouse: Warehouse,
        prepare: (Database) throws -> Void = { _ in }, inspect: (Database, [String]) throws -> Void
    ) throws {
        try warehouse.pool.writeWithoutTransaction { db in
            try db.inTransaction {
                try prepare(db)
                for table in processor.descriptor.writes {
                    if let info = WarehouseCatalog.table(named: table), info.dateColumn != nil {
                        _ = try Partition.clear(db, table: info, date: date.description)
                    }
                }
                let calendar = try GameCalendar.load(db)
                let request = ProcessorRequest(
                    date: date, runID: "trace", profile: DeclaredReadsTests.longWindowProfile,
                    seasons: calendar.seasons)
                let statements = Locked([String]())
                db.trace(options: .statement) { event in
                    if case .statement(let statement) = event { statements.withLock { $0.append(statement.sql) } }
                }
                defer { db.trace(options: []) }
                _ = try processor.run(request, db: db)
                db.trace(options: [])
                try inspect(db, statements.current)
                return .rollback
            }
        }
    }
}

struct TraceError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
