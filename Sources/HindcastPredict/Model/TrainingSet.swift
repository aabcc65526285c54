/// Rows of features with their targets and optional per-row weights; NaN marks a missing feature value.
public struct TrainingSet: Sendable {
    /// Feature names, one per column of every row.
    public var featureNames: [String]
    /// Feature values, row-major: `rows[i][j]` is feature `featureNames[j]` of row `i`.
    public var rows: [[Double]]
    /// Regression targets, one per row.
    public var targets: [Double]
    /// Optional non-negative per-row weights; `nil` weighs every row 1.
    public var weights: [Double]?

    /// Creates a set; `train` checks its shape and values.
    public init(featureNames: [String], rows: [[Double]], targets: [Double], weights: [Double]? = nil) {
        self.featureNames = featureNames
        self.rows = rows
        self.targets = targets
        self.weights = weights
    }

    /// Each row's margin under `baseline` (zeros without one).
    func margins(_ baseline: MarginBaseline?) -> [Double] {
        guard let baseline else { return [Double](repeating: 0, count: rows.count) }
        return rows.map { baseline.margin(row: $0) }
    }

    /// Number of rows.
    public var count: Int { rows.count }

    /// Checks shape and values, then returns the features column-major (`values[feature * count + row]`).
    func validatedColumns(set: String) throws(GradientBoostingError) -> [Double] {
        if featureNames.isEmpty { throw .noFeatures(set: set) }
        if rows.isEmpty { throw .noRows(set: set) }
        if targets.count != rows.count {
            throw .targetCountMismatch(set: set, rows: rows.count, targets: targets.count)
        }
        for (index, target) in targets.enumerated() where !target.isFinite {
            throw .nonFiniteTarget(set: set, row: index, value: target)
        }
        if let weights {
            if weights.count != rows.count {
                throw .weightCountMismatch(set: set, rows: rows.count, weights: weights.count)
            }
            for (index, weight) in weights.enumerated() where !(weight >= 0 && weight.isFinite) {
                throw .invalidWeight(set: set, row: index, value: weight)
            }
            if weights.reduce(0, +) <= 0 { throw .zeroTotalWeight(set: set) }
        }
        let width = featureNames.count
        let count = rows.count
        var columns = [Double](repeating: 0, count: width * count)
        for (rowIndex, row) in rows.enumerated() {
            if row.count != width {
                throw .rowWidthMismatch(set: set, row: rowIndex, expected: width, found: row.count)
            }
            for (feature, value) in row.enumerated() {
                if value.isInfinite {
                    throw .infiniteFeature(set: set, row: rowIndex, feature: featureNames[feature])
                }
                columns[feature * count + rowIndex] = value
            }
        }
        return columns
    }

    /// The weight of each row, ones when the set has no weights.
    var effectiveWeights: [Double] { weights ?? [Double](repeating: 1, count: rows.count) }
}
