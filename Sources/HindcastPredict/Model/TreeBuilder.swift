/// A grown tree and, per node, the bin threshold of its split (0 for a leaf).
struct GrownTree: Sendable {
    var tree: RegressionTree
    var splitBins: [UInt8]
}

/// Grows depth-first regression trees on a binned matrix, reusing its buffers from tree to tree.
///
/// Rows of a node occupy a contiguous range of `rowOrder`, kept ascending by stable partitioning. A node's
/// histogram lives in slot `s`; its smaller child's histogram is built into slot `s + 1` and the larger one
/// is the parent minus the smaller, so the left child ends in `s + 1` and the right child in `s`.
final class TreeBuilder {
    private let matrix: BinnedMatrix
    private let edges: [[Double]]
    private let parameters: BoostingParameters
    private let rowOrder: UnsafeMutablePointer<Int32>
    private let scratchRows: UnsafeMutablePointer<Int32>
    private let gatheredGradients: UnsafeMutablePointer<Double>
    private let gatheredHessians: UnsafeMutablePointer<Double>
    private let histograms: UnsafeMutablePointer<Double>
    private let slotSize: Int
    private var tree = RegressionTree()
    private var splitBins: [UInt8] = []
    private var leafStarts: [Int] = []
    private var leafEnds: [Int] = []

    /// Pointers valid for the duration of one `grow` call.
    private struct Inputs {
        let bins: UnsafePointer<UInt8>
        let gradients: UnsafePointer<Double>
        let hessians: UnsafePointer<Double>
    }

    /// A builder for trees on `matrix`, whose bins were cut at `edges`.
    init(matrix: BinnedMatrix, edges: [[Double]], parameters: BoostingParameters) {
        self.matrix = matrix
        self.edges = edges
        self.parameters = parameters
        let rows = matrix.rowCount
        rowOrder = .allocate(capacity: rows)
        scratchRows = .allocate(capacity: rows)
        gatheredGradients = .allocate(capacity: rows)
        gatheredHessians = .allocate(capacity: rows)
        slotSize = matrix.totalBins * HistogramBuilder.stride
        histograms = .allocate(capacity: slotSize * (parameters.maxDepth + 1))
    }

    deinit {
        rowOrder.deallocate()
        scratchRows.deallocate()
        gatheredGradients.deallocate()
        gatheredHessians.deallocate()
        histograms.deallocate()
    }

    /// Grows one tree fitting the given per-row gradients and hessians.
    func grow(gradients: [Double], hessians: [Double]) -> GrownTree {
        tree = RegressionTree()
        splitBins = []
        leafStarts = []
        leafEnds = []
        let rows = matrix.rowCount
        for row in 0..<rows { rowOrder[row] = Int32(row) }
        var totals = NodeTotals(gradient: 0, hessian: 0, rows: Double(rows))
        for row in 0..<rows {
            totals.gradient += gradients[row]
            totals.hessian += hessians[row]
        }
        matrix.bins.withUnsafeBufferPointer { bins in
            gradients.withUnsafeBufferPointer { gradients in
                hessians.withUnsafeBufferPointer { hessians in
                    let inputs = Inputs(
                        bins: bins.baseAddress!, gradients: gradients.baseAddress!, hessians: hessians.baseAddress!)
                    let hasHistogram = rows >= 2 * parameters.minRowsInLeaf
                    if hasHistogram { buildHistogram(slot: 0, start: 0, end: rows, inputs: inputs) }
                    _ = growNode(
                        start: 0, end: rows, totals: totals, depth: 0, slot: hasHistogram ? 0 : nil, inputs: inputs)
                }
            }
        }
        return GrownTree(tree: tree, splitBins: splitBins)
    }

    /// Adds each leaf's value of the last grown tree to the predictions of its training rows.
    func addLeafValues(to predictions: inout [Double]) {
        var leaf = 0
        for node in 0..<tree.nodeCount where tree.features[node] < 0 {
            let value = tree.values[node]
            for position in leafStarts[leaf]..<leafEnds[leaf] { predictions[Int(rowOrder[position])] += value }
            leaf += 1
        }
    }

    /// Appends the node for rows `start..<end` and its subtree; `slot` holds its histogram when it may split.
    private func growNode(start: Int, end: Int, totals: NodeTotals, depth: Int, slot: Int?, inputs: Inputs) -> Int32 {
        let denominator = totals.hessian + parameters.lambda
        let value = denominator > 0 ? -totals.gradient / denominator * parameters.learningRate : 0
        let node = tree.appendLeaf(value: value)
        splitBins.append(0)
        guard let slot,
            let split = SplitFinder.best(
                histogram: histograms + slot * slotSize, matrix: matrix, totals: totals, lambda: parameters.lambda,
                minRows: parameters.minRowsInLeaf)
        else {
            leafStarts.append(start)
            leafEnds.append(end)
            return node
        }
        let middle = partition(start: start, end: end, split: split, bins: inputs.bins)
        let childDepth = depth + 1
        let leftSplits = childDepth < parameters.maxDepth && middle - start >= 2 * parameters.minRowsInLeaf
        let rightSplits = childDepth < parameters.maxDepth && end - middle >= 2 * parameters.minRowsInLeaf
        if leftSplits || rightSplits {
            let leftIsSmaller = middle - start <= end - middle
            buildHistogram(
                slot: slot + 1, start: leftIsSmaller ? start : middle, end: leftIsSmaller ? middle : end,
                inputs: inputs)
            HistogramBuilder.splitParent(
                parent: histograms + slot * slotSize, child: histograms + (slot + 1) * slotSize, cells: slotSize,
                childIsLeft: leftIsSmaller)
        }
        let left = growNode(
            start: start, end: middle, totals: split.left, depth: childDepth, slot: leftSplits ? slot + 1 : nil,
            inputs: inputs)
        let right = growNode(
            start: middle, end: end, totals: split.right, depth: childDepth, slot: rightSplits ? slot : nil,
            inputs: inputs)
        tree.setSplit(
            node, feature: split.feature, threshold: edges[split.feature][split.bin - 1],
            missingGoesLeft: split.missingGoesLeft, gain: split.gain, left: left, right: right)
        splitBins[Int(node)] = UInt8(split.bin)
        return node
    }

    /// Gathers the gradients of rows `start..<end` and builds their histogram into `slot`.
    private func buildHistogram(slot: Int, start: Int, end: Int, inputs: Inputs) {
        for position in start..<end {
            let row = Int(rowOrder[position])
            gatheredGradients[position] = inputs.gradients[row]
            gatheredHessians[position] = inputs.hessians[row]
        }
        HistogramBuilder.build(
            into: histograms + slot * slotSize, matrix: matrix, bins: inputs.bins, rows: rowOrder + start,
            gradients: gatheredGradients + start, hessians: gatheredHessians + start, count: end - start)
    }

    /// Stable-partitions rows `start..<end` into left then right rows; returns where the right rows begin.
    private func partition(start: Int, end: Int, split: SplitCandidate, bins: UnsafePointer<UInt8>) -> Int {
        let column = bins + split.feature * matrix.rowCount
        let threshold = UInt8(split.bin)
        let missingGoesLeft = split.missingGoesLeft
        var left = start
        var right = 0
        for position in start..<end {
            let row = rowOrder[position]
            let bin = column[Int(row)]
            if bin == 0 ? missingGoesLeft : bin <= threshold {
                rowOrder[left] = row
                left += 1
            } else {
                scratchRows[right] = row
                right += 1
            }
        }
        (rowOrder + left).update(from: scratchRows, count: right)
        return left
    }
}
