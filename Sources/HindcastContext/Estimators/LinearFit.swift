/// An ordinary least-squares fit (with a tiny ridge term so collinear inputs stay solvable),
/// solved from the normal equations. The first input of every row should be the constant 1.
struct LinearFit: Sendable, Equatable {
    let coefficients: [Double]

    /// Fits `targets` on `rows`; `nil` when there are fewer rows than inputs or the system is singular.
    static func fit(rows: [[Double]], targets: [Double], ridge: Double = 1e-6) -> LinearFit? {
        guard let width = rows.first?.count, rows.count > width, rows.count == targets.count else { return nil }
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: width + 1), count: width)
        for (row, target) in zip(rows, targets) {
            for i in 0..<width {
                for j in i..<width { matrix[i][j] += row[i] * row[j] }
                matrix[i][width] += row[i] * target
            }
        }
        for i in 0..<width {
            for j in 0..<i { matrix[i][j] = matrix[j][i] }
            if i > 0 { matrix[i][i] += ridge * Double(rows.count) }
        }
        // Gaussian elimination with partial pivoting.
        for column in 0..<width {
            let pivot = (column..<width).max { abs(matrix[$0][column]) < abs(matrix[$1][column]) }!
            guard abs(matrix[pivot][column]) > 1e-12 else { return nil }
            matrix.swapAt(column, pivot)
            for row in 0..<width where row != column {
                let factor = matrix[row][column] / matrix[column][column]
                guard factor != 0 else { continue }
                for k in column...width { matrix[row][k] -= factor * matrix[column][k] }
            }
        }
        return LinearFit(coefficients: (0..<width).map { matrix[$0][width] / matrix[$0][$0] })
    }

    func predict(_ inputs: [Double]) -> Double {
        zip(coefficients, inputs).reduce(0) { $0 + $1.0 * $1.1 }
    }
}

/// One estimated snapshot-only value, with the method and version that produced it.
public struct EstimatedValue: Sendable, Equatable {
    public let value: Double
    public let method: String
    public let version: Int
}
