/// Gradient, hessian and row-count histograms of one node, interleaved as three doubles per bin.
enum HistogramBuilder {
    /// Doubles stored per histogram bin: gradient sum, hessian sum, row count.
    static let stride = 3

    /// Fills `histogram` (zeroing it first) from the node's rows and their gathered gradients and hessians.
    static func build(
        into histogram: UnsafeMutablePointer<Double>, matrix: BinnedMatrix, bins: UnsafePointer<UInt8>,
        rows: UnsafePointer<Int32>, gradients: UnsafePointer<Double>, hessians: UnsafePointer<Double>,
        count: Int
    ) {
        histogram.update(repeating: 0, count: matrix.totalBins * stride)
        for feature in 0..<matrix.featureCount {
            let column = bins + feature * matrix.rowCount
            let cells = histogram + matrix.binOffsets[feature] * stride
            for index in 0..<count {
                let cell = cells + Int(column[Int(rows[index])]) * stride
                cell[0] += gradients[index]
                cell[1] += hessians[index]
                cell[2] += 1
            }
        }
    }

    /// Given a parent histogram in `parent` and the right child's in `child`, leaves the left child's
    /// histogram in `child` and the right child's in `parent`.
    static func splitParent(
        parent: UnsafeMutablePointer<Double>, child: UnsafeMutablePointer<Double>, cells: Int, childIsLeft: Bool
    ) {
        if childIsLeft {
            for index in 0..<cells { parent[index] -= child[index] }
        } else {
            for index in 0..<cells {
                let right = child[index]
                child[index] = parent[index] - right
                parent[index] = right
            }
        }
    }
}
