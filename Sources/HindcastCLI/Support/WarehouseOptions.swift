import ArgumentParser
import Foundation
import HindcastStore

/// `--db`, shared by every command: the warehouse file (default `hindcast.sqlite`, or `HINDCAST_DB`).
struct WarehouseOptions: ParsableArguments {
    @Option(name: .long, help: "The warehouse file (default: $HINDCAST_DB or hindcast.sqlite).")
    var db: String?

    /// The path the options select.
    var path: String {
        db ?? ProcessInfo.processInfo.environment["HINDCAST_DB"] ?? "hindcast.sqlite"
    }

    /// Opens the selected warehouse for a command that writes (backfill, import, train, context
    /// fill): takes its writer lock (a second writer is refused: "warehouse is busy"), then
    /// creates and migrates it when needed.
    func openForWriting() throws -> Warehouse {
        try Warehouse.openForWriting(path: path)
    }

    /// Opens the selected warehouse read-only for a command that only looks: never creates or
    /// migrates it ("no warehouse at PATH" when it is missing).
    func openReadOnly() throws -> Warehouse {
        try Warehouse.openReadOnly(path: path)
    }
}
