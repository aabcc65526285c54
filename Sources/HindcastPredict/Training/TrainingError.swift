import HindcastCore

/// Why a model could not be trained, stored or loaded; each case carries the failing input.
public enum TrainingError: Error, Equatable, CustomStringConvertible {
    /// No usable feature-store row in the range (after placeholders, DNPs and the profile's exclusions).
    case noTrainingRows(range: String, detail: String)
    /// The profile names a quality tier that does not exist.
    case unknownTier(String)
    /// A profile setting is out of range.
    case invalidSetting(String)
    /// A stored date is not YYYY-MM-DD.
    case badDate(String)
    /// The boosting library refused the data or the parameters.
    case boosting(String)
    /// No registry row has this id.
    case unknownModel(String)
    /// A registry row's model JSON does not decode or does not fit the feature catalog.
    case unreadableModel(id: String, reason: String)

    public var description: String {
        switch self {
        case .noTrainingRows(let range, let detail):
            return "no training rows in \(range): \(detail); backfill the feature store for the range first"
        case .unknownTier(let tier):
            let known = QualityTier.allCases.map(\.rawValue).joined(separator: ", ")
            return "training.exclude_tiers names unknown tier \"\(tier)\"; known: \(known)"
        case .invalidSetting(let message):
            return "training setting out of range: \(message)"
        case .badDate(let text):
            return "stored date \"\(text)\" is not YYYY-MM-DD"
        case .boosting(let message):
            return "training failed: \(message)"
        case .unknownModel(let id):
            return "model_registry has no model \"\(id)\""
        case .unreadableModel(let id, let reason):
            return "model \"\(id)\" in model_registry cannot be used: \(reason)"
        }
    }
}
