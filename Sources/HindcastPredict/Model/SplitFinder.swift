/// Sums of gradients, hessians and rows over a node or one side of a split.
struct NodeTotals: Sendable {
    var gradient: Double
    var hessian: Double
    var rows: Double
}

/// The best split of a node: value bins `1...bin` of `feature` go left, missing values by `missingGoesLeft`.
struct SplitCandidate: Sendable {
    var feature: Int
    var bin: Int
    var missingGoesLeft: Bool
    var gain: Double
    var left: NodeTotals
    var right: NodeTotals
}

/// Picks the split with the highest XGBoost gain from a node's histogram.
///
/// Features are scanned in index order and bins in ascending order, and only a strictly higher gain
/// replaces the best so far, so ties go to the lowest feature index, then the lowest bin, then "missing left".
enum SplitFinder {
    /// The best positive-gain split that leaves at least `minRows` rows on each side, or `nil`.
    static func best(
        histogram: UnsafePointer<Double>, matrix: BinnedMatrix, totals: NodeTotals, lambda: Double, minRows: Int
    ) -> SplitCandidate? {
        let stride = HistogramBuilder.stride
        let minimum = Double(minRows)
        let parentScore = score(totals, lambda: lambda)
        var best: SplitCandidate?
        var bestGain = 0.0

        func consider(_ left: NodeTotals, feature: Int, bin: Int, missingGoesLeft: Bool) {
            let right = NodeTotals(
                gradient: totals.gradient - left.gradient, hessian: totals.hessian - left.hessian,
                rows: totals.rows - left.rows)
            guard left.rows >= minimum, right.rows >= minimum,
                left.hessian + lambda > 0, right.hessian + lambda > 0
            else { return }
            let gain = 0.5 * (score(left, lambda: lambda) + score(right, lambda: lambda) - parentScore)
            guard gain > bestGain else { return }
            bestGain = gain
            best = SplitCandidate(
                feature: feature, bin: bin, missingGoesLeft: missingGoesLeft, gain: gain, left: left, right: right)
        }

        for feature in 0..<matrix.featureCount {
            let binCount = matrix.binCounts[feature]
            guard binCount >= 3 else { continue }
            let cells = histogram + matrix.binOffsets[feature] * stride
            let missing = NodeTotals(gradient: cells[0], hessian: cells[1], rows: cells[2])
            var accumulated = NodeTotals(gradient: 0, hessian: 0, rows: 0)
            for bin in 1..<(binCount - 1) {
                let cell = cells + bin * stride
                accumulated.gradient += cell[0]
                accumulated.hessian += cell[1]
                accumulated.rows += cell[2]
                if missing.rows > 0 {
                    let withMissing = NodeTotals(
                        gradient: accumulated.gradient + missing.gradient,
                        hessian: accumulated.hessian + missing.hessian, rows: accumulated.rows + missing.rows)
                    consider(withMissing, feature: feature, bin: bin, missingGoesLeft: true)
                    consider(accumulated, feature: feature, bin: bin, missingGoesLeft: false)
                } else {
                    // No missing rows here: unseen missing values follow the heavier side.
                    let leftIsHeavier = accumulated.hessian >= totals.hessian - accumulated.hessian
                    consider(accumulated, feature: feature, bin: bin, missingGoesLeft: leftIsHeavier)
                }
            }
        }
        return best
    }

    /// The structure score `G² / (H + λ)` of a node.
    @inline(__always)
    static func score(_ totals: NodeTotals, lambda: Double) -> Double {
        let denominator = totals.hessian + lambda
        return denominator > 0 ? totals.gradient * totals.gradient / denominator : 0
    }
}
