/// Why a set of processors does not form a valid pipeline.
public enum GraphError: Error, Equatable, CustomStringConvertible, Sendable {
    /// Two processors declare writes to the same table.
    case twoWriters(table: String, first: String, second: String)
    /// A processor reads a table that no processor writes and that is not imported data.
    case unknownRead(processor: String, table: String)
    /// Same-date reads form a cycle; the path starts and ends at the same processor.
    case cycle(path: [String])
    /// Two processors share an id.
    case duplicateProcessor(String)
    /// A processor named on the command line does not exist.
    case unknownProcessor(String, known: [String])

    public var description: String {
        switch self {
        case .twoWriters(let table, let first, let second):
            return "table \(table) has two writers: \(first) and \(second); each table has exactly one"
        case .unknownRead(let processor, let table):
            return "\(processor) reads \(table), which no processor writes and which is not a raw table"
        case .cycle(let path):
            return "processors form a cycle: \(path.joined(separator: " -> "))"
        case .duplicateProcessor(let id):
            return "two processors share the id \(id)"
        case .unknownProcessor(let id, let known):
            return "unknown processor \(id); known processors: \(known.joined(separator: ", "))"
        }
    }
}
