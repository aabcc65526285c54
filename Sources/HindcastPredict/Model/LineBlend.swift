/// The second stage for rows with an observed line: a least-absolute-deviation blend of the line
/// (and its implied over probability) with the boosted model's own prediction,
/// `intercept + Σ coefficients[i] × row[inputs[i]] + modelCoefficient × model(row)`.
///
/// The trees are grown on every row, most of them without a line, so on a row with a line they
/// repeat much of what the line already knows. The blend is fitted on rows the trees never saw (the
/// validation dates), so it weighs the model's prediction by what it adds to the line out of sample.
public struct LineBlend: Codable, Sendable, Equatable {
    /// One blend, used when none of its inputs is NaN.
    public struct Piece: Codable, Sendable, Equatable {
        /// Column indices of the inputs in the model's rows.
        public let inputs: [Int]
        /// Input names, for reading the model.
        public let names: [String]
        public let intercept: Double
        public let coefficients: [Double]
        /// The weight of the boosted model's prediction.
        public let modelCoefficient: Double
        /// Rows the piece was fitted on.
        public let rows: Int

        func applies(to row: UnsafeBufferPointer<Double>) -> Bool { inputs.allSatisfy { !row[$0].isNaN } }

        /// The blend's value without the model term.
        func fixedPart(_ row: UnsafeBufferPointer<Double>) -> Double {
            var total = intercept
            for (index, column) in inputs.enumerated() { total += coefficients[index] * row[column] }
            return total
        }
    }

    /// Blends in order of preference; a row none applies to keeps the model's prediction.
    public let pieces: [Piece]

    /// The piece for `row`, `nil` when the row has no line.
    func piece(for row: UnsafeBufferPointer<Double>) -> Piece? {
        pieces.first { $0.applies(to: row) }
    }

    /// The blended prediction of a row whose boosted prediction is `model`.
    func blend(_ row: UnsafeBufferPointer<Double>, model: Double) -> Double {
        guard let piece = piece(for: row) else { return model }
        return piece.fixedPart(row) + piece.modelCoefficient * model
    }

    /// Whether every piece points inside a row of `featureCount` columns and every number is finite.
    func isWellFormed(featureCount: Int) -> Bool {
        pieces.allSatisfy { piece in
            piece.inputs.count == piece.coefficients.count
                && piece.inputs.allSatisfy { (0..<featureCount).contains($0) }
                && piece.intercept.isFinite && piece.coefficients.allSatisfy(\.isFinite)
                && piece.modelCoefficient.isFinite
        }
    }

    /// Fits each candidate (input names) by least absolute deviation of `set`'s targets on its inputs
    /// and `predictions` (the boosted model's, out of sample), on the rows where all its inputs are
    /// present and no earlier candidate applies; a candidate with fewer than `minimumRows` rows is
    /// left out. `nil` when no candidate has enough rows. Deterministic.
    public static func fit(
        _ set: TrainingSet, predictions: [Double], candidates: [[String]], minimumRows: Int = 200
    ) -> LineBlend? {
        let weights = set.effectiveWeights
        var pieces: [Piece] = []
        var claimed = [Bool](repeating: false, count: set.count)
        for names in candidates {
            let inputs = names.compactMap { set.featureNames.firstIndex(of: $0) }
            guard inputs.count == names.count else { continue }
            let used = set.rows.indices.filter { row in
                !claimed[row] && inputs.allSatisfy { !set.rows[row][$0].isNaN }
            }
            guard used.count >= minimumRows else { continue }
            for row in used { claimed[row] = true }
            let design = used.map { row in inputs.map { set.rows[row][$0] } + [predictions[row]] }
            let solution = LeastAbsoluteDeviation.fit(
                design, targets: used.map { set.targets[$0] }, weights: used.map { weights[$0] })
            pieces.append(
                Piece(
                    inputs: inputs, names: names, intercept: solution.intercept,
                    coefficients: Array(solution.coefficients.dropLast()),
                    modelCoefficient: solution.coefficients.last ?? 0, rows: used.count))
        }
        return pieces.isEmpty ? nil : LineBlend(pieces: pieces)
    }
}
