import HindcastContext
import HindcastCore
import HindcastStore
import HindcastTestSupport
import Testing

/// Hiding the observed rows of the three dates with real lines and regenerating them synthetically.
@Suite struct FidelityTests {
    @Test func regeneratedRowsAgreeOnEveryHistoryFieldAndReportTheLineError() throws {
        let seeded = try TestWarehouse.season2021()
        let dates = ["2021-10-31", "2021-11-02", "2021-11-08"]
        for date in dates {
            try PipelineRun.run(seeded.warehouse, from: date, through: date, processors: ContextRow.processors)
        }
        let report = try seeded.warehouse.read { db in
            try FidelityReport.measure(
                db, dates: dates.map { GameDate($0)! }, profile: .standard, seasons: GameCalendar.load(db).seasons)
        }
        #expect(report.dates.map(\.date) == dates)
        // 51, 42 and 54 players had lines; three of them (Haliburton, Theis, Embiid on the dates they
        // sat) were on the inactive list, so the box-score player set does not regenerate them.
        #expect(report.observedRows == 147)
        #expect(report.comparedRows == 144)
        #expect(report.historyAgreement == 1.0)
        #expect(report.fields.allSatisfy { $0.rate == 1.0 && $0.compared == 144 })
        let mae = try #require(report.lineMAE)
        #expect(report.estimatedLines > 130)
        #expect(mae > 0.5 && mae < 6, "estimated-line MAE \(mae)")
    }
}
