/// Feature values mapped once to bin indices, column-major, with each feature's histogram layout.
struct BinnedMatrix: Sendable {
    /// Number of rows.
    let rowCount: Int
    /// Bin index of feature `f` for row `r` at `bins[f * rowCount + r]`.
    let bins: [UInt8]
    /// Bins per feature: the missing bin plus one more than the number of edges.
    let binCounts: [Int]
    /// First histogram bin of each feature.
    let binOffsets: [Int]
    /// Histogram bins over all features.
    let totalBins: Int

    /// Bins column-major `columns` with the given per-feature edges.
    init(columns: [Double], rowCount: Int, edges: [[Double]]) {
        self.rowCount = rowCount
        bins = FeatureBinner.binMatrix(columns: columns, rowCount: rowCount, edges: edges)
        binCounts = edges.map { $0.count + 2 }
        var offsets: [Int] = []
        var total = 0
        for count in binCounts {
            offsets.append(total)
            total += count
        }
        binOffsets = offsets
        totalBins = total
    }

    /// Number of features.
    var featureCount: Int { binCounts.count }
}
