import ArgumentParser
import HindcastCore

/// `--select` and `--exclude` (dbt's syntax, see `ProcessorSelector`), and the older
/// `--processors a,b` (ids only): a subset of the pipeline (default: every processor).
struct ProcessorSelection: ParsableArguments {
    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp(
            "Processors by id or abbreviation (PCF, player_composite_factors); PCF+ adds what is downstream, "
                + "+PCF what is upstream. Several: space- or comma-separated.", valueName: "selector"))
    var select: [String] = []

    @Option(
        name: .long, parsing: .upToNextOption,
        help: ArgumentHelp("Processors to leave out, same syntax as --select.", valueName: "selector"))
    var exclude: [String] = []

    @Option(name: .long, help: "Comma-separated processor ids (as --select without operators).")
    var processors: String?

    func validate() throws {
        do {
            if try resolve(in: Pipeline.graph()).isEmpty {
                throw ValidationError("--select/--exclude leave no processor to run")
            }
        } catch let unknown as ProcessorSelector.Unknown {
            throw ValidationError(unknown.description)
        }
    }

    /// Every selector given, comma-separated ones split.
    static func split(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty }
    }

    /// The selected ids in graph order; unknown names exit 64.
    func ids(in graph: ProcessorGraph) throws -> [String] {
        do {
            return try resolve(in: graph)
        } catch let unknown as ProcessorSelector.Unknown {
            throw ExitCodes.fail(unknown.description, code: ExitCodes.usage)
        }
    }

    /// The selected ids in graph order, or the selector that names no processor.
    func resolve(in graph: ProcessorGraph) throws -> [String] {
        var selects = Self.split(select)
        if let processors {
            let listed = Self.split([processors])
            for id in listed where graph.processor(id) == nil {
                throw ProcessorSelector.Unknown(
                    description: GraphError.unknownProcessor(id, known: graph.ids).description)
            }
            selects += listed
        }
        return try ProcessorSelector(graph: graph).resolve(selects: selects, excludes: Self.split(exclude))
    }
}

extension ProcessorSelection {
    /// Whether any of the options narrows the pipeline.
    var isRestricting: Bool { !select.isEmpty || !exclude.isEmpty || processors != nil }
}
