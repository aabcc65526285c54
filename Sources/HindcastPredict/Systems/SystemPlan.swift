/// The systems a profile asks for: the individual systems in profile order, and whether the
/// ensemble combines them.
public struct SystemPlan: Sendable {
    /// Every individual system this build knows, by id.
    public static let known: [any PredictionSystem] = [
        MovingAverageSystem(), ZoneMatchupSystem(), SimilaritySystem(), LearnedModelSystem(),
        LearnedModelSystem(blended: false),
    ]

    public let systems: [any PredictionSystem]
    public let ensemble: Bool

    /// Resolves the profile's `predictions.systems`.
    public init(_ ids: [String]) throws {
        var systems: [any PredictionSystem] = []
        var ensemble = false
        for id in ids {
            if id == EnsembleSystem.id {
                ensemble = true
            } else if let system = Self.known.first(where: { $0.id == id }) {
                if !systems.contains(where: { $0.id == id }) { systems.append(system) }
            } else {
                throw PredictError.unknownSystem(id, known: Self.known.map(\.id) + [EnsembleSystem.id])
            }
        }
        if ensemble && systems.isEmpty { throw PredictError.ensembleWithoutComponents }
        self.systems = systems
        self.ensemble = ensemble
    }

    /// Ids of the systems written, ensemble last.
    public var ids: [String] { systems.map(\.id) + (ensemble ? [EnsembleSystem.id] : []) }
}
