/// One regression tree as flat node arrays; node 0 is the root and a leaf has `features[i] == -1`.
public struct RegressionTree: Codable, Sendable, Equatable {
    /// Split feature index per node, -1 for a leaf.
    public private(set) var features: [Int32] = []
    /// Split threshold per node: a value `v <= threshold` goes left (0 for a leaf).
    public private(set) var thresholds: [Double] = []
    /// Whether a missing value (NaN) goes left, per node.
    public private(set) var missingGoesLeft: [Bool] = []
    /// Left child index per node, -1 for a leaf.
    public private(set) var leftChildren: [Int32] = []
    /// Right child index per node, -1 for a leaf.
    public private(set) var rightChildren: [Int32] = []
    /// Value per node, learning rate already applied: a leaf's prediction; for a split node the value
    /// it would have had as a leaf (what path contributions measure changes against; models stored
    /// before contributions existed have 0 there).
    public private(set) var values: [Double] = []
    /// Split gain per node (0 for a leaf).
    public private(set) var gains: [Double] = []

    /// Number of nodes.
    public var nodeCount: Int { features.count }

    /// The leaf value reached by a row of raw feature values.
    @inline(__always)
    func leafValue(row: UnsafeBufferPointer<Double>) -> Double {
        var node = 0
        while features[node] >= 0 {
            let value = row[Int(features[node])]
            let goesLeft = value.isNaN ? missingGoesLeft[node] : value <= thresholds[node]
            node = Int(goesLeft ? leftChildren[node] : rightChildren[node])
        }
        return values[node]
    }

    /// Whether the arrays agree in length and every split points forward to real nodes and features.
    func isWellFormed(featureCount: Int) -> Bool {
        let count = features.count
        guard count > 0,
            [thresholds.count, missingGoesLeft.count, leftChildren.count, rightChildren.count, values.count]
                .allSatisfy({ $0 == count }), gains.count == count
        else { return false }
        for node in 0..<count where features[node] >= 0 {
            let left = Int(leftChildren[node])
            let right = Int(rightChildren[node])
            guard Int(features[node]) < featureCount, left > node, right > node, left < count, right < count,
                thresholds[node].isFinite
            else { return false }
        }
        return values.allSatisfy(\.isFinite)
    }

    /// Appends a leaf and returns its index.
    mutating func appendLeaf(value: Double) -> Int32 {
        features.append(-1)
        thresholds.append(0)
        missingGoesLeft.append(false)
        leftChildren.append(-1)
        rightChildren.append(-1)
        values.append(value)
        gains.append(0)
        return Int32(features.count - 1)
    }

    /// Turns leaf `node` into a split node.
    mutating func setSplit(
        _ node: Int32, feature: Int, threshold: Double, missingGoesLeft: Bool, gain: Double,
        left: Int32, right: Int32
    ) {
        let index = Int(node)
        features[index] = Int32(feature)
        thresholds[index] = threshold
        self.missingGoesLeft[index] = missingGoesLeft
        gains[index] = gain
        leftChildren[index] = left
        rightChildren[index] = right
    }

    /// Adds to `contributions` each split feature's change of node value along `row`'s path (Saabas)
    /// and returns the root's value: root value + Σ contributions = the leaf value.
    func addPathContributions(row: UnsafeBufferPointer<Double>, into contributions: inout [Double]) -> Double {
        var node = 0
        while features[node] >= 0 {
            let feature = Int(features[node])
            let value = row[feature]
            let goesLeft = value.isNaN ? missingGoesLeft[node] : value <= thresholds[node]
            let child = Int(goesLeft ? leftChildren[node] : rightChildren[node])
            contributions[feature] += values[child] - values[node]
            node = child
        }
        return values[0]
    }
}
