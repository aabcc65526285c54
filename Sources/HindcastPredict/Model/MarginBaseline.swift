/// A row's starting prediction before any tree (XGBoost's "base margin"): the first of a list of
/// least-absolute-deviation linear fits whose inputs are all present in the row, else a constant.
/// The trees then learn the residual over it, so with little data (few trees kept by early
/// stopping) the model stays at this strong, simple baseline instead of below it.
public struct MarginBaseline: Codable, Sendable, Equatable {
    /// One linear fit: `intercept + Σ coefficients[i] × row[inputs[i]]`, used when no input is NaN.
    public struct Piece: Codable, Sendable, Equatable {
        /// Column indices of the inputs in the model's rows.
        public let inputs: [Int]
        /// Input names, for reading the model.
        public let names: [String]
        public let intercept: Double
        public let coefficients: [Double]
        /// Training rows the piece was fitted on.
        public let rows: Int

        func applies(to row: UnsafeBufferPointer<Double>) -> Bool { inputs.allSatisfy { !row[$0].isNaN } }

        func value(_ row: UnsafeBufferPointer<Double>) -> Double {
            var total = intercept
            for (index, column) in inputs.enumerated() { total += coefficients[index] * row[column] }
            return total
        }
    }

    /// Fits in order of preference.
    public let pieces: [Piece]
    /// The margin of a row no piece applies to (the weighted median target).
    public let constant: Double

    /// The margin of one row in the model's column order.
    public func margin(_ row: UnsafeBufferPointer<Double>) -> Double {
        for piece in pieces where piece.applies(to: row) { return piece.value(row) }
        return constant
    }

    /// The margin of one row in the model's column order.
    public func margin(row: [Double]) -> Double { row.withUnsafeBufferPointer { margin($0) } }

    /// The index of the piece used for `row`, `nil` for the constant.
    public func pieceIndex(row: [Double]) -> Int? {
        row.withUnsafeBufferPointer { values in pieces.firstIndex { $0.applies(to: values) } }
    }

    /// Whether every piece points inside a row of `featureCount` columns and every number is finite.
    func isWellFormed(featureCount: Int) -> Bool {
        constant.isFinite
            && pieces.allSatisfy { piece in
                piece.inputs.count == piece.coefficients.count
                    && piece.inputs.allSatisfy { (0..<featureCount).contains($0) }
                    && piece.intercept.isFinite && piece.coefficients.allSatisfy(\.isFinite)
            }
    }

    /// Fits each candidate (input names) by least absolute deviation on the rows where all its inputs
    /// are present; a candidate with fewer than `minimumRows` such rows is left out. Deterministic.
    public static func fit(
        _ set: TrainingSet, candidates: [[String]], minimumRows: Int = 200
    ) -> MarginBaseline {
        let weights = set.effectiveWeights
        var pieces: [Piece] = []
        for names in candidates {
            let inputs = names.compactMap { set.featureNames.firstIndex(of: $0) }
            guard inputs.count == names.count else { continue }
            let used = set.rows.indices.filter { row in inputs.allSatisfy { !set.rows[row][$0].isNaN } }
            guard used.count >= minimumRows else { continue }
            let design = used.map { row in inputs.map { set.rows[row][$0] } }
            let solution = LeastAbsoluteDeviation.fit(
                design, targets: used.map { set.targets[$0] }, weights: used.map { weights[$0] })
            pieces.append(
                Piece(
                    inputs: inputs, names: names, intercept: solution.intercept, coefficients: solution.coefficients,
                    rows: used.count))
        }
        return MarginBaseline(
            pieces: pieces, constant: LeastAbsoluteDeviation.weightedMedian(set.targets, weights: weights))
    }
}
