/// A CSV file opened for import: its header, then its records one at a time (see
/// `CSVRecordReader`), so that no importer holds a whole file.
public final class CSVFile {
    public let path: String
    public let header: [String]
    private let columnIndex: [String: Int]
    private let reader: CSVRecordReader

    /// Opens `path` and reads its header; refuses unreadable and empty files and repeated columns.
    public init(path: String) throws {
        self.path = path
        reader = try CSVRecordReader(path: path)
        guard let first = try reader.next() else {
            throw IngestError(file: path, line: 1, problem: "the file is empty: a header row is required")
        }
        header = first.fields.map { $0.trimmingCharacters(in: .whitespaces) }
        var index: [String: Int] = [:]
        for (position, name) in header.enumerated() {
            if index[name] != nil {
                throw IngestError(file: path, line: 1, problem: "column \(name) appears twice in the header")
            }
            index[name] = position
        }
        columnIndex = index
    }

    /// Refuses the file unless every listed column is in the header.
    public func require(_ columns: [String]) throws {
        let missing = columns.filter { columnIndex[$0] == nil }
        if !missing.isEmpty {
            throw IngestError(
                file: path, line: 1,
                problem: "missing column\(missing.count == 1 ? "" : "s") \(missing.joined(separator: ", "))")
        }
    }

    /// The position of `column` in the header.
    public func index(of column: String) -> Int? { columnIndex[column] }

    /// Calls `body` with each data record, in file order, reading the file a piece at a time;
    /// refuses bad UTF-8, unterminated quotes and records whose field count differs from the header's.
    public func forEachRecord(_ body: (CSVFields) throws -> Void) throws {
        while let record = try reader.next() {
            guard record.fields.count == header.count else {
                throw IngestError(
                    file: path, line: record.line,
                    problem:
                        "malformed CSV: expected \(header.count) fields as in the header, found \(record.fields.count)")
            }
            try body(CSVFields(path: path, line: record.line, values: record.fields, index: columnIndex))
        }
    }

    /// A fingerprint of the file's bytes, once every record has been read.
    public var contentFingerprint: String { reader.contentFingerprint }
}
