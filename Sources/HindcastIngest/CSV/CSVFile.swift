import Foundation

/// A CSV file read whole: the header and each record with its line number. Handles quoted fields
/// (with commas, doubled quotes and newlines), CRLF line ends and a UTF-8 byte-order mark.
public struct CSVFile: Sendable {
    /// One data record and the line it starts on (the header is line 1).
    public struct Record: Sendable {
        public let line: Int
        public let fields: [String]
    }

    public let path: String
    public let header: [String]
    public let records: [Record]
    private let columnIndex: [String: Int]

    /// Reads and parses `path`; refuses unreadable files, bad UTF-8, unterminated quotes and
    /// records whose field count differs from the header's.
    public init(path: String) throws {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw IngestError(file: path, line: 0, problem: "cannot read the file (missing or unreadable)")
        }
        try self.init(path: path, data: data)
    }

    /// Parses CSV bytes that came from `path`.
    public init(path: String, data: Data) throws {
        self.path = path
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
        let parsed = try CSVFile.parse(bytes, path: path)
        guard let first = parsed.first else {
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
        records = Array(parsed.dropFirst())
        for record in records where record.fields.count != header.count {
            throw IngestError(
                file: path, line: record.line,
                problem: "malformed CSV: expected \(header.count) fields as in the header, found \(record.fields.count)"
            )
        }
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

    /// A reader for one record's fields by column name.
    public func fields(_ record: Record) -> CSVFields {
        CSVFields(path: path, line: record.line, values: record.fields, index: columnIndex)
    }

    static func parse(_ bytes: [UInt8], path: String) throws -> [Record] {
        var records: [Record] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var inQuotes = false
        var quotedField = false
        var index = 0
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n"), cr = UInt8(ascii: "\r")
        func finishField() throws {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw IngestError(file: path, line: line, problem: "malformed CSV: text is not valid UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            quotedField = false
        }
        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count && bytes[index + 1] == quote {
                        field.append(quote)
                        index += 1
                    } else {
                        inQuotes = false
                    }
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
            } else if byte == quote {
                guard field.isEmpty && !quotedField else {
                    throw IngestError(file: path, line: line, problem: "malformed CSV: stray quote inside a field")
                }
                inQuotes = true
                quotedField = true
            } else if byte == comma {
                try finishField()
            } else if byte == newline || byte == cr {
                if byte == cr && index + 1 < bytes.count && bytes[index + 1] == newline { index += 1 }
                try finishField()
                if !(fields.count == 1 && fields[0].isEmpty) {
                    records.append(Record(line: recordLine, fields: fields))
                }
                fields.removeAll(keepingCapacity: true)
                line += 1
                recordLine = line
            } else {
                if quotedField {
                    throw IngestError(file: path, line: line, problem: "malformed CSV: text after a closing quote")
                }
                field.append(byte)
            }
            index += 1
        }
        if inQuotes {
            throw IngestError(file: path, line: recordLine, problem: "malformed CSV: a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || quotedField {
            try finishField()
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(Record(line: recordLine, fields: fields)) }
        }
        return records
    }
}
