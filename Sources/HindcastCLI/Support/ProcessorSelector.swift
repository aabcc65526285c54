import HindcastCore
import HindcastReports

/// dbt-style processor selection: `NAME` is a processor id or its abbreviation (`PCF`,
/// `player_composite_factors`; abbreviations in any case); `NAME+` adds everything downstream
/// of it, `+NAME` everything upstream (what it reads, transitively), `+NAME+` both. Selections
/// are unions; exclusions, with the same syntax, are removed afterwards.
struct ProcessorSelector {
    let graph: ProcessorGraph

    /// Why a selector cannot be resolved; the message names the selector and the valid names.
    struct Unknown: Error, CustomStringConvertible {
        let description: String
    }

    /// The ids `selects` picks minus those `excludes` picks, in graph order. With no `selects`,
    /// every processor is the starting set.
    func resolve(selects: [String], excludes: [String]) throws -> [String] {
        var chosen = selects.isEmpty ? Set(graph.ids) : Set<String>()
        for selector in selects { chosen.formUnion(try expand(selector)) }
        for selector in excludes { chosen.subtract(try expand(selector)) }
        return graph.ids.filter(chosen.contains)
    }

    /// The ids one selector names.
    func expand(_ selector: String) throws -> Set<String> {
        var name = Substring(selector.trimmingCharacters(in: .whitespaces))
        let upstream = name.hasPrefix("+")
        if upstream { name = name.dropFirst() }
        let downstream = name.hasSuffix("+")
        if downstream { name = name.dropLast() }
        guard let id = self.id(String(name)) else {
            let names = graph.ids.map { "\(ProcessorAbbreviations.short($0)) (\($0))" }
            throw Unknown(
                description: "unknown processor \(name) in --select/--exclude \(selector); processors: "
                    + names.joined(separator: ", "))
        }
        var ids: Set<String> = [id]
        if downstream { ids.formUnion(graph.downstream(of: id)) }
        if upstream { ids.formUnion(self.upstream(of: id)) }
        return ids
    }

    /// The processor an id or abbreviation names.
    func id(_ name: String) -> String? {
        if graph.processor(name) != nil { return name }
        return graph.ids.first { ProcessorAbbreviations.short($0).caseInsensitiveCompare(name) == .orderedSame }
    }

    /// Ids of the processors whose tables `id` reads, directly or transitively (any read window).
    func upstream(of id: String) -> Set<String> {
        var result = Set<String>()
        var frontier = [id]
        while let current = frontier.popLast() {
            for read in graph.processor(current)?.descriptor.reads ?? [] {
                guard let writer = graph.writerOf[read.table], writer != id, !result.contains(writer) else { continue }
                result.insert(writer)
                frontier.append(writer)
            }
        }
        return result
    }
}
