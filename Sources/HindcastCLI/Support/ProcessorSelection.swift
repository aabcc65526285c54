import ArgumentParser
import HindcastCore

/// `--processors a,b`: a subset of the pipeline (default: every processor).
struct ProcessorSelection: ParsableArguments {
    @Option(name: .long, help: "Comma-separated processor ids (default: all).")
    var processors: String?

    /// The selected ids in graph order; refuses unknown ids.
    func ids(in graph: ProcessorGraph) throws -> [String] {
        guard let processors else { return graph.ids }
        let wanted = processors.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        for id in wanted where graph.processor(id) == nil {
            throw GraphError.unknownProcessor(id, known: graph.ids)
        }
        return graph.ids.filter(wanted.contains)
    }
}
