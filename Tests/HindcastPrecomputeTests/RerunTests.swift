import HindcastTestSupport
import Testing

/// Re-running changes no row, and the order of work (one range, or day by day) does not matter.
@Suite struct RerunTests {
    static let start = "2021-11-15"
    static let end = "2021-11-21"

    @Test func rerunningARangeChangesNoRow() throws {
        let seeded = try TestWarehouse.season2021()
        try ZonePipeline.run(seeded, ZonePipeline.tables, from: Self.start, through: Self.end)
        let first = try snapshot(seeded)
        #expect(first.allSatisfy { !$0.value.isEmpty })
        let runs = "SELECT COUNT(DISTINCT run_id) FROM player_shot_zone_analysis"
        let runsBefore = try WarehouseQuery.count(seeded, runs)
        try ZonePipeline.run(seeded, ZonePipeline.tables, from: Self.start, through: Self.end)
        #expect(try snapshot(seeded) == first)
        // The rows were rewritten by the second run, not left alone.
        #expect(try WarehouseQuery.count(seeded, runs) == runsBefore)
        #expect(
            try WarehouseQuery.count(
                seeded,
                "SELECT COUNT(*) FROM processor_run_history WHERE processor_name = 'player_shot_zone_analysis'")
                == 2 * runsBefore)
    }

    @Test func aDayByDayRunEqualsARangeRun() throws {
        let range = try TestWarehouse.season2021()
        try ZonePipeline.run(range, ZonePipeline.tables, from: Self.start, through: Self.end)
        let daily = try TestWarehouse.season2021()
        for day in 15...21 {
            let date = "2021-11-\(day)"
            try ZonePipeline.run(daily, ZonePipeline.tables, from: date, through: date)
        }
        let expected = try snapshot(range)
        #expect(expected["team_defense_zone_analysis"]?.count == 7 * 30)
        #expect(try snapshot(daily) == expected)
    }

    private func snapshot(_ seeded: SeededWarehouse) throws -> [String: [[String]]] {
        var tables: [String: [[String]]] = [:]
        for table in ZonePipeline.tables { tables[table] = try ZonePipeline.snapshot(seeded, table) }
        return tables
    }
}
