import ArgumentParser
import Foundation

/// The files commands write with `--out` and `--schema` (report, model, export rows and schema):
/// one way to write them and one error when they cannot be written.
///
/// A target that is the warehouse, its `-wal`, `-shm` or `-journal` file, or any existing SQLite
/// database is refused before anything runs. Bytes go to a temporary file in the target's folder,
/// renamed over the target only when complete: a failure or a kill leaves the old file (or none),
/// never a 0-byte or half-written one.
enum OutputFile {
    /// The first 16 bytes of every SQLite database file.
    static let sqliteMagic = Data("SQLite format 3\0".utf8)

    /// Exit 64 when `path` must not be overwritten (the warehouse at `warehouse`, one of its
    /// journal files, or another SQLite database); exit 1 when it is a directory.
    static func check(_ path: String, warehouse: String) throws {
        if let reason = protectedReason(path, warehouse: warehouse) {
            throw ExitCodes.fail("refusing to write \(path): \(reason); choose another file", code: ExitCodes.usage)
        }
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
            throw cannotWrite(path, because: "it is a directory")
        }
    }

    /// Why `path` must not be written, or `nil` when it may.
    static func protectedReason(_ path: String, warehouse: String) -> String? {
        let target = canonical(path)
        let store = canonical(warehouse)
        if target == store || sameFile(path, warehouse) { return "it is the warehouse (--db \(warehouse))" }
        for suffix in ["-wal", "-shm", "-journal"] {
            if target == store + suffix { return "it is the warehouse's \(suffix) file" }
            if target.hasSuffix(suffix), isSQLite(String(target.dropLast(suffix.count))) {
                return "it is the \(suffix) file of a SQLite database"
            }
        }
        if isSQLite(path) { return "it is a SQLite database" }
        return nil
    }

    /// Writes `text` to `path` in one step (a reader never sees half a file), creating its folder.
    static func write(_ text: String, to path: String) throws {
        let file = try Pending(path)
        do {
            try file.write(Data(text.utf8))
            try file.commit()
        } catch {
            file.discard()
            throw error
        }
    }

    /// Exit 1 with `Error: cannot write PATH: why`.
    static func cannotWrite(_ path: String, because reason: String) -> ExitCode {
        ExitCodes.fail("cannot write \(path): \(reason)", code: ExitCodes.error)
    }

    /// Whether `path` is an existing file that starts with the SQLite header.
    static func isSQLite(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        return (try? handle.read(upToCount: sqliteMagic.count)) == sqliteMagic
    }

    /// The absolute path with `.`/`..` and symbolic links of its folder resolved.
    static func canonical(_ path: String) -> String {
        let url = URL(fileURLWithPath: path).standardizedFileURL
        let folder = url.deletingLastPathComponent().resolvingSymlinksInPath()
        let resolved = folder.appendingPathComponent(url.lastPathComponent)
        return resolved.resolvingSymlinksInPath().path
    }

    /// Whether both paths exist and are the same file (hard links, different spellings).
    static func sameFile(_ first: String, _ second: String) -> Bool {
        var a = stat()
        var b = stat()
        guard stat(first, &a) == 0, stat(second, &b) == 0 else { return false }
        return a.st_dev == b.st_dev && a.st_ino == b.st_ino
    }

    /// The text of the C library's message for `code` ("Permission denied", "Not a directory").
    static func describe(errno code: Int32) -> String {
        String(cString: strerror(code))
    }

    /// Creates `folder` and its missing parents, or says why it cannot.
    static func makeFolder(_ folder: String) throws(Failure) {
        var isDirectory: ObjCBool = false
        if FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory) {
            if isDirectory.boolValue { return }
            throw Failure("\(folder) is not a directory")
        }
        let parent = (folder as NSString).deletingLastPathComponent
        if !parent.isEmpty, parent != folder { try makeFolder(parent) }
        if mkdir(folder, 0o777) != 0 && errno != EEXIST {
            throw Failure("cannot create the folder \(folder): \(describe(errno: errno))")
        }
    }

    /// Why a write failed, in words.
    struct Failure: Error {
        let reason: String
        init(_ reason: String) { self.reason = reason }
    }

    /// A file being written: bytes go to a hidden temporary file beside the target, which
    /// `commit` renames over it and `discard` (or a failure) removes.
    final class Pending {
        let path: String
        private let temporary: String
        private let descriptor: Int32
        private var open = true

        /// Creates the temporary file (and the target's folder), or exits 1 saying why not.
        init(_ path: String) throws {
            self.path = path
            let folder = (path as NSString).deletingLastPathComponent
            do throws(Failure) {
                if !folder.isEmpty { try makeFolder(folder) }
            } catch {
                throw cannotWrite(path, because: error.reason)
            }
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue {
                throw cannotWrite(path, because: "it is a directory")
            }
            let name = (path as NSString).lastPathComponent
            var template = Array(
                ((folder.isEmpty ? "." : folder) as NSString).appendingPathComponent(".\(name).hindcast-XXXXXX")
                    .utf8CString)
            let descriptor = mkstemp(&template)
            guard descriptor >= 0 else { throw cannotWrite(path, because: describe(errno: errno)) }
            let mask = umask(0)
            umask(mask)
            fchmod(descriptor, 0o666 & ~mask)
            self.descriptor = descriptor
            self.temporary = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        }

        /// Appends `data`, or exits 1 saying why it could not (the temporary file is removed).
        func write(_ data: Data) throws {
            var failure: Int32 = 0
            data.withUnsafeBytes { buffer in
                var offset = 0
                while offset < buffer.count {
                    let written = Foundation.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                    if written < 0 {
                        if errno == EINTR { continue }
                        failure = errno
                        return
                    }
                    offset += written
                }
            }
            if failure != 0 {
                discard()
                throw cannotWrite(path, because: describe(errno: failure))
            }
        }

        /// Closes the temporary file and renames it over the target.
        func commit() throws {
            guard open else { return }
            open = false
            if fsync(descriptor) != 0 || close(descriptor) != 0 {
                let code = errno
                unlink(temporary)
                throw cannotWrite(path, because: describe(errno: code))
            }
            if rename(temporary, path) != 0 {
                let code = errno
                unlink(temporary)
                throw cannotWrite(path, because: describe(errno: code))
            }
        }

        /// Removes the temporary file; the target is untouched.
        func discard() {
            guard open else { return }
            open = false
            close(descriptor)
            unlink(temporary)
        }

        deinit { discard() }
    }
}
