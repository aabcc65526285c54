import Foundation
import HindcastCore

/// Reads CSV records from a file a piece at a time, so that a file of any size is never held whole.
/// Handles quoted fields (with commas, doubled quotes and newlines), CRLF line ends and a UTF-8
/// byte-order mark. Also fingerprints every byte it reads.
final class CSVRecordReader {
    /// One record and the line it starts on (the header is line 1).
    struct Record {
        let line: Int
        let fields: [String]
    }

    static let chunkSize = 1 << 20

    private let path: String
    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var position = 0
    private var exhausted = false
    private var started = false
    private var line = 1
    private(set) var fingerprint = Fingerprint()

    init(path: String) throws {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
            let handle = FileHandle(forReadingAtPath: path)
        else {
            throw IngestError(file: path, line: 0, problem: "cannot read the file (missing or unreadable)")
        }
        self.path = path
        self.handle = handle
    }

    deinit {
        try? handle.close()
    }

    /// Every byte of the file, fingerprinted; valid once `next()` has returned `nil`.
    var contentFingerprint: String {
        var finished = fingerprint
        finished.add(bytes: [UInt8]())
        return finished.hex
    }

    /// The next non-blank record, or `nil` at the end of the file.
    func next() throws -> Record? {
        var fields: [String] = []
        var field: [UInt8] = []
        var inQuotes = false
        var quotedField = false
        var recordLine = line
        let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), newline = UInt8(ascii: "\n")
        let cr = UInt8(ascii: "\r")
        func finishField() throws {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw IngestError(file: path, line: line, problem: "malformed CSV: text is not valid UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            quotedField = false
        }
        while let byte = try nextByte() {
            if inQuotes {
                if byte == quote {
                    if try peekByte() == quote {
                        field.append(quote)
                        position += 1
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
                if byte == cr, try peekByte() == newline { position += 1 }
                try finishField()
                line += 1
                if fields.count == 1 && fields[0].isEmpty {
                    fields.removeAll(keepingCapacity: true)
                    recordLine = line
                    continue
                }
                return Record(line: recordLine, fields: fields)
            } else {
                if quotedField {
                    throw IngestError(file: path, line: line, problem: "malformed CSV: text after a closing quote")
                }
                field.append(byte)
            }
        }
        if inQuotes {
            throw IngestError(file: path, line: recordLine, problem: "malformed CSV: a quoted field is never closed")
        }
        if !field.isEmpty || !fields.isEmpty || quotedField {
            try finishField()
            if !(fields.count == 1 && fields[0].isEmpty) { return Record(line: recordLine, fields: fields) }
        }
        return nil
    }

    @inline(__always)
    private func nextByte() throws -> UInt8? {
        if position >= chunk.count, try !refill() { return nil }
        let byte = chunk[position]
        position += 1
        return byte
    }

    @inline(__always)
    private func peekByte() throws -> UInt8? {
        if position >= chunk.count, try !refill() { return nil }
        return chunk[position]
    }

    /// Reads the next piece of the file; `false` at its end.
    private func refill() throws -> Bool {
        guard !exhausted else { return false }
        let data: Data?
        do {
            data = try handle.read(upToCount: Self.chunkSize)
        } catch {
            throw IngestError(file: path, line: line, problem: "cannot read the file: \(error.localizedDescription)")
        }
        guard let data, !data.isEmpty else {
            exhausted = true
            return false
        }
        chunk = [UInt8](data)
        position = 0
        fingerprint.addPart(bytes: chunk)
        if !started {
            started = true
            if chunk.starts(with: [0xEF, 0xBB, 0xBF]) { position = 3 }
        }
        if position < chunk.count { return true }
        return try refill()
    }
}
