import HindcastStore

/// The pipeline as a dependency graph built from processors' declared reads and writes.
///
/// Validation: one writer per table; every read is a raw table or written by some processor;
/// same-date reads have no cycle. History reads (dates strictly before D) do not order processors
/// within a date: the runner processes dates in order, so earlier dates are complete first.
public struct ProcessorGraph: Sendable {
    /// Processors in an order where every same-date writer precedes its readers.
    public let ordered: [any Processor]
    /// The processor that writes each table.
    public let writerOf: [String: String]
    private let index: [String: Int]

    /// Builds and validates the graph.
    public init(_ processors: [any Processor], isRawTable: (String) -> Bool = WarehouseCatalog.isExternal) throws {
        var writerOf: [String: String] = [:]
        var ids = Set<String>()
        for processor in processors {
            let descriptor = processor.descriptor
            guard ids.insert(descriptor.id).inserted else { throw GraphError.duplicateProcessor(descriptor.id) }
            for table in descriptor.writes {
                if let first = writerOf[table] {
                    throw GraphError.twoWriters(table: table, first: first, second: descriptor.id)
                }
                writerOf[table] = descriptor.id
            }
        }
        var edges: [String: [String]] = [:]
        for processor in processors {
            let descriptor = processor.descriptor
            for read in descriptor.reads {
                guard let writer = writerOf[read.table] else {
                    if isRawTable(read.table) { continue }
                    throw GraphError.unknownRead(processor: descriptor.id, table: read.table)
                }
                if read.window.includesSameDate {
                    edges[writer, default: []].append(descriptor.id)
                }
            }
        }
        let order = try ProcessorGraph.topologicalOrder(ids: processors.map(\.descriptor.id), edges: edges)
        let byID = Dictionary(uniqueKeysWithValues: processors.map { ($0.descriptor.id, $0) })
        self.ordered = order.map { byID[$0]! }
        self.writerOf = writerOf
        self.index = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    }

    /// The processor with this id.
    public func processor(_ id: String) -> (any Processor)? {
        index[id].map { ordered[$0] }
    }

    /// Position in the run order.
    public func position(of id: String) -> Int? { index[id] }

    /// All processor ids in run order.
    public var ids: [String] { ordered.map(\.descriptor.id) }

    /// Ids of processors that read, directly or transitively, what `id` writes (same date or later).
    public func downstream(of id: String) -> Set<String> {
        var result = Set<String>()
        var frontier = [id]
        while let current = frontier.popLast() {
            guard let processor = processor(current) else { continue }
            let written = Set(processor.descriptor.writes)
            for candidate in ordered where !result.contains(candidate.descriptor.id) {
                if candidate.descriptor.reads.contains(where: { written.contains($0.table) }) {
                    result.insert(candidate.descriptor.id)
                    frontier.append(candidate.descriptor.id)
                }
            }
        }
        result.remove(id)
        return result
    }

    /// Kahn's algorithm, stable in registration order; on failure, names one cycle's path.
    static func topologicalOrder(ids: [String], edges: [String: [String]]) throws -> [String] {
        var indegree = Dictionary(uniqueKeysWithValues: ids.map { ($0, 0) })
        for targets in edges.values {
            for target in targets { indegree[target, default: 0] += 1 }
        }
        var order: [String] = []
        var remaining = ids
        while !remaining.isEmpty {
            guard let next = remaining.first(where: { indegree[$0] == 0 }) else {
                throw GraphError.cycle(path: findCycle(among: Set(remaining), edges: edges))
            }
            remaining.removeAll { $0 == next }
            order.append(next)
            for target in edges[next] ?? [] { indegree[target, default: 0] -= 1 }
        }
        return order
    }

    private static func findCycle(among nodes: Set<String>, edges: [String: [String]]) -> [String] {
        // Every remaining node has an incoming edge from a remaining node: walk backwards is
        // awkward, so walk forwards from each node with depth-first search until a node repeats.
        for start in nodes.sorted() {
            var path: [String] = []
            var onPath = Set<String>()
            if let cycle = walk(start, nodes: nodes, edges: edges, path: &path, onPath: &onPath) {
                return cycle
            }
        }
        return nodes.sorted()
    }

    private static func walk(
        _ node: String, nodes: Set<String>, edges: [String: [String]], path: inout [String], onPath: inout Set<String>
    ) -> [String]? {
        if onPath.contains(node) {
            let start = path.firstIndex(of: node)!
            return Array(path[start...]) + [node]
        }
        path.append(node)
        onPath.insert(node)
        for next in (edges[node] ?? []).sorted() where nodes.contains(next) {
            if let cycle = walk(next, nodes: nodes, edges: edges, path: &path, onPath: &onPath) { return cycle }
        }
        path.removeLast()
        onPath.remove(node)
        return nil
    }
}
