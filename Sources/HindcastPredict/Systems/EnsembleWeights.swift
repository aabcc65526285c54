import HindcastCore

/// How the ensemble weights its components on one date, and why.
public struct EnsembleWeights: Sendable, Equatable {
    /// Why the weights are what they are.
    public enum Basis: String, Sendable, Codable {
        /// Inverse squared trailing MAE of each component.
        case trailingMAE = "trailing_mae"
        /// No grades at all before the date.
        case equalNoGrades = "equal_no_grades"
        /// Some component had fewer graded predictions than the minimum.
        case equalFewGrades = "equal_few_grades"
    }

    public let basis: Basis
    /// Weight per component system, summing to 1.
    public let weights: [String: Double]
    /// The weights with their basis, for the row's `ensemble_weights` column.
    public let json: String

    /// Weights for `systems` from the trailing accuracy: w ∝ 1 / MAE² when every component has at
    /// least `minimumGraded` graded predictions in the window; equal otherwise.
    public static func from(_ accuracy: TrailingAccuracy, systems: [String], minimumGraded: Int) -> EnsembleWeights {
        let entries = systems.map { accuracy.bySystem[$0] }
        let basis: Basis
        var weights: [String: Double] = [:]
        if entries.allSatisfy({ ($0?.graded ?? 0) == 0 }) {
            basis = .equalNoGrades
        } else if entries.contains(where: { ($0?.graded ?? 0) < minimumGraded || ($0?.meanAbsoluteError ?? 0) <= 0 }) {
            basis = .equalFewGrades
        } else {
            basis = .trailingMAE
        }
        if basis == .trailingMAE {
            let inverse = entries.map { 1 / ($0!.meanAbsoluteError * $0!.meanAbsoluteError) }
            let total = inverse.reduce(0, +)
            for (system, value) in zip(systems, inverse) { weights[system] = value / total }
        } else {
            for system in systems { weights[system] = 1 / Double(systems.count) }
        }
        var components: [String: Component] = [:]
        for (system, entry) in zip(systems, entries) {
            components[system] = Component(
                weight: (weights[system]! * 10_000).rounded() / 10_000, graded: entry?.graded ?? 0,
                mae: entry.map { Rounding.thousandth($0.meanAbsoluteError) })
        }
        let json = JSONText.encode(
            Record(
                basis: basis.rawValue, windowStart: accuracy.start.description, windowEnd: accuracy.end.description,
                minimumGraded: minimumGraded, systems: components))
        return EnsembleWeights(basis: basis, weights: weights, json: json)
    }

    struct Component: Encodable {
        let weight: Double
        let graded: Int
        let mae: Double?
    }

    struct Record: Encodable {
        let basis: String
        let windowStart: String
        let windowEnd: String
        let minimumGraded: Int
        let systems: [String: Component]

        enum CodingKeys: String, CodingKey {
            case basis, systems
            case windowStart = "window_start"
            case windowEnd = "window_end"
            case minimumGraded = "minimum_graded"
        }
    }
}
