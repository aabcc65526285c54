/// A refused import: the file, the line (1-based; the header is line 1) and what is wrong.
/// Printed as `file:line: problem`, and nothing of the file is written.
public struct IngestError: Error, CustomStringConvertible, Sendable, Equatable {
    public let file: String
    /// 0 when the problem concerns the whole file.
    public let line: Int
    public let problem: String

    public init(file: String, line: Int, problem: String) {
        self.file = file
        self.line = line
        self.problem = problem
    }

    public var description: String {
        line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)"
    }

    /// This error as the end of a several-file import: which files landed before it and which
    /// were not read.
    func stoppingBatch(imported: [String], notRead: [String]) -> IngestError {
        let before =
            imported.isEmpty ? "no file was imported" : "imported before it: \(imported.joined(separator: ", "))"
        let after = notRead.isEmpty ? "" : "; not read: \(notRead.joined(separator: ", "))"
        return IngestError(
            file: file, line: line, problem: "\(problem) (import stopped at this file; \(before)\(after))")
    }
}
