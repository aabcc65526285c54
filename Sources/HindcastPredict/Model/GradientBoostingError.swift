/// Why gradient boosting refused its input; `set` names the offending set ("training" or "validation").
public enum GradientBoostingError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A hyperparameter is out of range.
    case invalidParameter(String)
    /// The set has no rows.
    case noRows(set: String)
    /// The set names no features.
    case noFeatures(set: String)
    /// A row's width differs from the number of feature names.
    case rowWidthMismatch(set: String, row: Int, expected: Int, found: Int)
    /// The number of targets differs from the number of rows.
    case targetCountMismatch(set: String, rows: Int, targets: Int)
    /// The number of weights differs from the number of rows.
    case weightCountMismatch(set: String, rows: Int, weights: Int)
    /// A target is NaN or infinite.
    case nonFiniteTarget(set: String, row: Int, value: Double)
    /// A weight is negative, NaN or infinite.
    case invalidWeight(set: String, row: Int, value: Double)
    /// All weights are zero.
    case zeroTotalWeight(set: String)
    /// A feature value is infinite (use NaN for missing values).
    case infiniteFeature(set: String, row: Int, feature: String)
    /// The validation set's feature names differ from the training set's.
    case featureNamesMismatch(training: [String], validation: [String])

    /// A lowercase, specific message.
    public var description: String {
        switch self {
        case .invalidParameter(let message):
            return "invalid boosting parameter: \(message)"
        case .noRows(let set):
            return "\(set) set has no rows"
        case .noFeatures(let set):
            return "\(set) set has no features"
        case .rowWidthMismatch(let set, let row, let expected, let found):
            return "\(set) row \(row) has \(found) values but there are \(expected) feature names"
        case .targetCountMismatch(let set, let rows, let targets):
            return "\(set) set has \(rows) rows but \(targets) targets"
        case .weightCountMismatch(let set, let rows, let weights):
            return "\(set) set has \(rows) rows but \(weights) weights"
        case .nonFiniteTarget(let set, let row, let value):
            return "\(set) target at row \(row) is not finite: \(value)"
        case .invalidWeight(let set, let row, let value):
            return "\(set) weight at row \(row) must be finite and non-negative, got \(value)"
        case .zeroTotalWeight(let set):
            return "\(set) weights sum to zero"
        case .infiniteFeature(let set, let row, let feature):
            return "\(set) feature '\(feature)' is infinite at row \(row); use nan for missing values"
        case .featureNamesMismatch(let training, let validation):
            return "validation features \(validation) differ from training features \(training)"
        }
    }
}
