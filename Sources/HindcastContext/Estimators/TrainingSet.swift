/// The rows, targets and weights an estimator fits (see `LinearFit`).
struct TrainingSet {
    var rows: [[Double]] = []
    var targets: [Double] = []
    var weights: [Double] = []
    var count: Int { rows.count }

    mutating func add(_ row: [Double], target: Double, weight: Double) {
        rows.append(row)
        targets.append(target)
        weights.append(weight)
    }

    /// The weighted fit, when there are at least `minimum` rows (`penalties`: see `LinearFit.fit`).
    func fit(minimum: Int, penalties: [Double]? = nil) -> LinearFit? {
        guard count >= minimum else { return nil }
        return LinearFit.fit(rows: rows, targets: targets, weights: weights, penalties: penalties)
    }
}
