/// Quantile bin edges per feature and the mapping of raw values to small bin indices.
///
/// Bin 0 holds missing values (NaN). A value `v` falls in bin `1 + (number of edges < v)`, so a split
/// "bins `1...b` go left" is exactly the raw rule `v <= edges[b - 1]`.
enum FeatureBinner {
    /// Up to `maxBins - 1` strictly increasing edges from the finite values, placed at quantiles
    /// halfway between neighbouring distinct values.
    static func edges(values: ArraySlice<Double>, maxBins: Int) -> [Double] {
        var sorted = values.filter { !$0.isNaN }
        guard !sorted.isEmpty else { return [] }
        sorted.sort()
        var distinct: [Double] = [sorted[0]]
        for value in sorted.dropFirst() where value != distinct[distinct.count - 1] {
            distinct.append(value)
        }
        var edges: [Double] = []
        if distinct.count <= maxBins {
            for index in 1..<distinct.count {
                edges.append(midpoint(distinct[index - 1], distinct[index]))
            }
            return edges
        }
        let count = sorted.count
        for step in 1..<maxBins {
            let below = sorted[step * count / maxBins - 1]
            let upper = upperBound(of: below, in: distinct)
            guard upper < distinct.count else { break }
            let edge = midpoint(below, distinct[upper])
            if edges.last.map({ edge > $0 }) ?? true { edges.append(edge) }
        }
        return edges
    }

    /// The bin of `value` given a feature's edges.
    @inline(__always)
    static func bin(_ value: Double, edges: UnsafeBufferPointer<Double>) -> UInt8 {
        if value.isNaN { return 0 }
        var low = 0
        var high = edges.count
        while low < high {
            let middle = (low + high) >> 1
            if edges[middle] < value { low = middle + 1 } else { high = middle }
        }
        return UInt8(truncatingIfNeeded: low + 1)
    }

    /// Maps column-major values to a column-major bin matrix with `rowCount` rows.
    static func binMatrix(columns: [Double], rowCount: Int, edges: [[Double]]) -> [UInt8] {
        var bins = [UInt8](repeating: 0, count: columns.count)
        bins.withUnsafeMutableBufferPointer { output in
            columns.withUnsafeBufferPointer { input in
                for feature in edges.indices {
                    edges[feature].withUnsafeBufferPointer { featureEdges in
                        let base = feature * rowCount
                        for row in 0..<rowCount {
                            output[base + row] = bin(input[base + row], edges: featureEdges)
                        }
                    }
                }
            }
        }
        return bins
    }

    /// A value `m` with `a <= m < b`, as close to halfway as doubles allow.
    private static func midpoint(_ a: Double, _ b: Double) -> Double {
        let middle = a / 2 + b / 2
        return middle >= a && middle < b ? middle : a
    }

    /// Index of the first element of `sorted` greater than `value`.
    private static func upperBound(of value: Double, in sorted: [Double]) -> Int {
        var low = 0
        var high = sorted.count
        while low < high {
            let middle = (low + high) >> 1
            if sorted[middle] <= value { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
