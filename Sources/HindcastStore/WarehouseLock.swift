import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The writer lock of a warehouse: an exclusive `flock` on `PATH.lock` beside it, holding the
/// writer's pid. One hindcast writes to a warehouse at a time; a second writer is refused at once
/// with "warehouse is busy: another hindcast is writing (pid N)" rather than racing the first
/// (two backfills creating the same new warehouse used to fail with a raw SQLite error).
///
/// The kernel drops the lock when the process ends, however it ends (a crash or SIGKILL included),
/// so a stale lock file never blocks anyone; the file itself is left in place (deleting it would
/// let two writers lock two different files). Readers take no lock: WAL lets them read while a
/// writer writes.
public final class WarehouseLock: Sendable {
    /// The lock file.
    public let path: String
    private let descriptor: Int32

    private init(path: String, descriptor: Int32) {
        self.path = path
        self.descriptor = descriptor
    }

    /// The lock file of the warehouse at `warehousePath`.
    public static func lockPath(for warehousePath: String) -> String { warehousePath + ".lock" }

    /// Takes the writer lock of the warehouse at `warehousePath`, or throws the "busy" error naming
    /// the pid that holds it.
    public static func acquire(for warehousePath: String) throws -> WarehouseLock {
        let path = lockPath(for: warehousePath)
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            let reason = String(cString: strerror(errno))
            throw WarehouseError(.cannotOpen("cannot create the lock file \(path): \(reason)"), path: warehousePath)
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            let code = errno
            defer { close(descriptor) }
            if code == EWOULDBLOCK {
                throw WarehouseError(.busy(pid: holder(descriptor)), path: warehousePath)
            }
            let reason = String(cString: strerror(code))
            throw WarehouseError(.cannotOpen("cannot lock \(path): \(reason)"), path: warehousePath)
        }
        let text = Array("\(getpid())\n".utf8)
        _ = ftruncate(descriptor, 0)
        _ = text.withUnsafeBytes { pwrite(descriptor, $0.baseAddress, $0.count, 0) }
        return WarehouseLock(path: path, descriptor: descriptor)
    }

    /// The pid written in the lock file by its holder, if it has written one yet.
    private static func holder(_ descriptor: Int32) -> Int32? {
        var buffer = [UInt8](repeating: 0, count: 32)
        let count = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, 0) }
        guard count > 0 else { return nil }
        let text = String(decoding: buffer.prefix(count), as: UTF8.self)
        return Int32(text.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    deinit {
        _ = flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
