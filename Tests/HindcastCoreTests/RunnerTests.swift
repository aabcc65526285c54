import Foundation
import GRDB
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// Writes one row for the date into a partitioned table (`upcoming_team_game_context`), then
/// optionally throws.
private struct GradeWriter: Processor {
    static let descriptor = ProcessorDescriptor(
        id: "test_grades", version: 1, phase: .phase3, reads: [TableRead("player_boxscores")],
        writes: ["upcoming_team_game_context"])
    let fails: Bool

    func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        try RunnerTests.insertGrade(db, date: request.date.description, player: "new", runID: request.runID)
        if fails { throw ProcessingFailure(reason: "injected failure on \(request.date)") }
        return ProcessorOutcome(rowsWritten: ["upcoming_team_game_context": 1], inputFingerprint: "f")
    }
}

/// Reads the same date's rows (so it must be skipped when they failed).
private struct GradeReader: Processor {
    static let descriptor = ProcessorDescriptor(
        id: "test_reader", version: 1, phase: .phase3, reads: [TableRead("upcoming_team_game_context")],
        writes: ["model_registry"])

    func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        ProcessorOutcome(rowsWritten: [:], inputFingerprint: "r")
    }
}

/// Runs a query SQLite refuses (a column `player_boxscores` does not have).
private struct FailingQuery: Processor {
    static let descriptor = ProcessorDescriptor(
        id: "test_failing_query", version: 1, phase: .phase3, reads: [TableRead("player_boxscores")],
        writes: ["upcoming_team_game_context"])
    static let sql = "SELECT no_such_column FROM player_boxscores WHERE game_date = ?"

    func run(_ request: ProcessorRequest, db: Database) throws -> ProcessorOutcome {
        _ = try Row.fetchAll(db, sql: Self.sql, arguments: [request.date.description])
        return ProcessorOutcome(rowsWritten: [:], inputFingerprint: "q")
    }
}

private struct ProcessingFailure: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}

@Suite struct RunnerTests {
    static func insertGrade(_ db: Database, date: String, player: String, runID: String) throws {
        try db.execute(
            sql: """
                INSERT INTO upcoming_team_game_context (team_abbr, game_id, game_date, opponent_team_abbr,
                    context_origin, synthetic_fields, generator_version, input_fingerprint, run_id)
                VALUES (?, 'g', ?, 'o', 'synthetic', '[]', 'test', 'f', ?)
                """, arguments: [player, date, runID])
    }

    func players(_ warehouse: Warehouse, _ date: String) throws -> [String] {
        try warehouse.read { db in
            try String.fetchAll(
                db, sql: "SELECT team_abbr FROM upcoming_team_game_context WHERE game_date = ? ORDER BY 1",
                arguments: [date])
        }
    }

    @Test func aProcessorThatThrowsLeavesItsPartitionAndRecordsAFailedRun() throws {
        let seeded = try TestWarehouse.season2021()
        try seeded.warehouse.write { db in try Self.insertGrade(db, date: "2022-01-03", player: "old", runID: "earlier")
        }
        let report = try PipelineRun.run(
            seeded.warehouse, from: "2022-01-03", through: "2022-01-03",
            graphProcessors: [GradeWriter(fails: true), GradeReader()])
        #expect(try players(seeded.warehouse, "2022-01-03") == ["old"])
        #expect(report.failed.map(\.step.processorID) == ["test_grades"])
        #expect(report.skipped.map(\.message) == ["upstream test_grades failed on 2022-01-03"])
        let history = try seeded.warehouse.read { db in
            try RunRecord.latest(db, from: "2022-01-03", through: "2022-01-03")
        }
        let failed = try #require(history.first { $0.processorName == "test_grades" })
        #expect(failed.status == .failed)
        #expect(failed.errors == #"["injected failure on 2022-01-03"]"#)
        #expect(history.first { $0.processorName == "test_reader" }?.status == .skipped)
    }

    @Test func aSuccessfulRunReplacesThePartitionAndRecordsItsRows() throws {
        let seeded = try TestWarehouse.season2021()
        try seeded.warehouse.write { db in
            try Self.insertGrade(db, date: "2022-01-03", player: "old", runID: "earlier")
            try Self.insertGrade(db, date: "2022-01-04", player: "other-day", runID: "earlier")
        }
        let report = try PipelineRun.run(
            seeded.warehouse, from: "2022-01-03", through: "2022-01-03", graphProcessors: [GradeWriter(fails: false)])
        #expect(report.succeeded == 1)
        #expect(try players(seeded.warehouse, "2022-01-03") == ["new"])
        #expect(try players(seeded.warehouse, "2022-01-04") == ["other-day"])
        let record = try #require(
            try seeded.warehouse.read { db in try RunRecord.latest(db, processors: ["test_grades"]) }.first)
        #expect(record.status == .success && record.recordsCreated == 1 && record.dataDate == "2022-01-03")
        #expect(record.outputTable == "upcoming_team_game_context" && record.outputDataset == "nba_analytics")
    }

    @Test func aFailingStatementIsKeptInTheRunHistoryWithItsError() throws {
        let seeded = try TestWarehouse.season2021()
        let report = try PipelineRun.run(
            seeded.warehouse, from: "2022-01-03", through: "2022-01-03", graphProcessors: [FailingQuery()])
        #expect(report.failed.map(\.step.processorID) == ["test_failing_query"])
        let record = try #require(
            try seeded.warehouse.read { db in try RunRecord.latest(db, processors: ["test_failing_query"]) }.first)
        #expect(record.status == .failed && record.failureCategory == .processingError)
        let errors = try JSONDecoder().decode([String].self, from: Data(try #require(record.errors).utf8))
        #expect(
            errors == [
                "SQLite error 1: no such column: no_such_column (while reading player_boxscores)",
                "failed SQL: \(FailingQuery.sql)",
            ])
    }
}
