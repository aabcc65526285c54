import Foundation
import GRDB
import HindcastStore
import HindcastTestSupport
import Testing

/// `hindcast fidelity` on the three dates of the bundled season with real lines: the JSON keys the
/// issue names, the cost of synthesis per system on the same player-games, and a warehouse left
/// byte-identical (the synthetic side runs on a scratch copy).
@Suite struct FidelityCostTests {
    /// The file's bytes (empty when absent).
    static func bytes(_ path: String) -> Data { FileManager.default.contents(atPath: path) ?? Data() }

    @Test func fidelityReportsTheCostOfSynthesisAndLeavesTheWarehouseByteIdentical() throws {
        let fixture = try ObservedLineGradingTests.fixture.get()
        let copy = TemporaryDirectory()
        let path = copy.file("hindcast.sqlite")
        // The fixture is finished (no writer): its file and WAL together are the warehouse.
        for suffix in ["", "-wal"] where FileManager.default.fileExists(atPath: fixture.path + suffix) {
            try FileManager.default.copyItem(atPath: fixture.path + suffix, toPath: path + suffix)
        }
        try FileManager.default.copyItem(
            atPath: fixture.directory.file("early-compute.json"), toPath: copy.file("early-compute.json"))
        // Fold the WAL into the file first, so the bytes compared are the whole warehouse.
        let queue = try DatabaseQueue(path: path)
        try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try queue.close()
        let before = ["", "-wal"].map { Self.bytes(path + $0) }
        #expect(before[0].count > 1_000_000)
        let run = try CommandLineRun.hindcast(
            [
                "fidelity", "--db", path, "--start-date", "2021-10-31", "--end-date", "2021-11-08", "--profile",
                "early-compute", "--profiles-dir", copy.path, "--format", "json",
            ], in: copy.path)
        #expect(run.exitCode == 0, "\(run.stderr)")
        #expect(["", "-wal"].map { Self.bytes(path + $0) } == before)
        let json = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect((json["dates"] as? [Any])?.count == 3)
        #expect(json["player_set_agreement"] is Double)
        #expect(json["history_field_agreement"] as? Double == 1.0)
        let estimates = try #require(json["estimates"] as? [String: [String: Any]])
        #expect(Set(estimates.keys) == ["points_line", "spread", "total"])
        #expect((estimates["points_line"]?["n"] as? Int ?? 0) > 130)
        #expect(estimates["points_line"]?["mae"] is Double && estimates["points_line"]?["bias"] is Double)
        let costs = try #require(json["prediction_cost"] as? [[String: Any]])
        #expect(costs.count >= 3)
        for cost in costs {
            #expect(Set(cost.keys) == ["system_id", "player_games", "mae_observed", "mae_synthetic", "cost"])
            #expect((cost["player_games"] as? Int ?? 0) > 100)
            let observed = try #require(cost["mae_observed"] as? Double)
            let synthetic = try #require(cost["mae_synthetic"] as? Double)
            let difference = try #require(cost["cost"] as? Double)
            #expect(abs(difference - (synthetic - observed)) < 0.002)
        }
    }
}
