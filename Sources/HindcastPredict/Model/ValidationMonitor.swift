/// Tracks validation predictions and MAE round by round and decides when boosting stops.
struct ValidationMonitor {
    /// Whether boosting should go on.
    enum Decision { case proceed, stop }

    private let matrix: BinnedMatrix
    private let targets: [Double]
    private let weights: [Double]
    private let totalWeight: Double
    private let margins: [Double]
    private var predictions: [Double] = []
    /// Validation MAE after each recorded round.
    private(set) var history: [Double] = []
    /// Rounds (1-based) up to and including the one with the lowest MAE so far.
    private(set) var bestRound = 0

    /// A monitor over a validation matrix binned with the training edges.
    init(matrix: BinnedMatrix, targets: [Double], weights: [Double], margins: [Double]) {
        self.matrix = matrix
        self.targets = targets
        self.weights = weights
        self.margins = margins
        totalWeight = weights.reduce(0, +)
    }

    /// Sets every validation prediction to its margin plus the base score.
    mutating func start(baseScore: Double) {
        predictions = margins.map { $0 + baseScore }
    }

    /// Adds a tree's leaf values (found through bins, which matches raw thresholds exactly) and records the MAE.
    mutating func record(_ grown: GrownTree, patience: Int) -> Decision {
        let tree = grown.tree
        let rowCount = matrix.rowCount
        var absoluteErrors = 0.0
        matrix.bins.withUnsafeBufferPointer { bins in
            for row in 0..<rowCount {
                var node = 0
                while tree.features[node] >= 0 {
                    let bin = bins[Int(tree.features[node]) * rowCount + row]
                    let goesLeft = bin == 0 ? tree.missingGoesLeft[node] : bin <= grown.splitBins[node]
                    node = Int(goesLeft ? tree.leftChildren[node] : tree.rightChildren[node])
                }
                predictions[row] += tree.values[node]
                absoluteErrors += weights[row] * abs(targets[row] - predictions[row])
            }
        }
        let mae = absoluteErrors / totalWeight
        history.append(mae)
        if bestRound == 0 || mae < history[bestRound - 1] {
            bestRound = history.count
            return .proceed
        }
        return history.count - bestRound >= patience ? .stop : .proceed
    }
}
