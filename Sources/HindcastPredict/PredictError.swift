/// Why the prediction or grading step cannot run.
public enum PredictError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The profile names a system this build does not have.
    case unknownSystem(String, known: [String])
    /// The ensemble is listed without any system to combine.
    case ensembleWithoutComponents

    public var description: String {
        switch self {
        case .unknownSystem(let id, let known):
            return "unknown prediction system \(id) in the profile's predictions.systems; known: "
                + known.joined(separator: ", ")
        case .ensembleWithoutComponents:
            return "the profile lists \(EnsembleSystem.id) but no other system for it to combine"
        }
    }
}
