import ArgumentParser
import Foundation

/// The files commands write with `--out` (report, model, export schema): one way to write them and
/// one error when they cannot be written.
enum OutputFile {
    /// Writes `text` to `path` in one step (a reader never sees half a file), creating its folder.
    static func write(_ text: String, to path: String) throws {
        do {
            let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        } catch {
            throw cannotWrite(path, because: error.localizedDescription)
        }
    }

    /// Exit 1 with `Error: cannot write PATH: why`.
    static func cannotWrite(_ path: String, because reason: String) -> ExitCode {
        ExitCodes.fail("cannot write \(path): \(reason)", code: ExitCodes.error)
    }
}
