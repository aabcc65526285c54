import Foundation
import GRDB
import HindcastStore

/// Hashes of the rows one step inserts, per table, built as they are inserted (every column but
/// `run_id`). The runner stores it as the run's output fingerprint; a table the step wrote without
/// a `RowInserter` is hashed by reading its partition back.
public final class OutputDigest: InsertedRowSink {
    private let hashes = Locked([String: Fingerprint]())

    public init() {}

    public func rowDigest(columns: [String], values: [DatabaseValue]) -> UInt64 {
        var hash = Fingerprint()
        for (column, value) in zip(columns, values) where column != "run_id" {
            switch value.storage {
            case .null: hash.add(nil as Int?)
            case .int64(let int): hash.add(Int(int))
            case .double(let double): hash.add(double)
            case .string(let string): hash.add(string)
            case .blob(let data): hash.add(bytes: data)
            }
        }
        return hash.state
    }

    public func inserted(table: String, digest: UInt64) {
        hashes.withLock { $0[table, default: Fingerprint()].add(hash: digest) }
    }

    /// The digest of `table`'s inserted rows, or `nil` when nothing was inserted through a sink.
    public func digest(of table: String) -> String? {
        hashes.withLock { $0[table]?.hex }
    }
}
