/// A weighted least-squares fit with a ridge penalty, solved from the normal equations. The first
/// input of every row should be the constant 1 (never penalised).
struct LinearFit: Sendable, Equatable {
    let coefficients: [Double]

    /// Fits `targets` on `rows`; `nil` when there are fewer rows than inputs or the system is singular.
    /// `weights` (default: all 1) weigh each row; `penalties` (default: a tiny ridge on every input but
    /// the first, so collinear inputs stay solvable) are added to the diagonal times the total weight.
    static func fit(
        rows: [[Double]], targets: [Double], weights: [Double]? = nil, penalties: [Double]? = nil
    ) -> LinearFit? {
        guard let width = rows.first?.count, rows.count > width, rows.count == targets.count,
            weights.map({ $0.count == rows.count }) ?? true
        else { return nil }
        let ridge = penalties ?? [0] + [Double](repeating: 1e-6, count: width - 1)
        var matrix = [[Double]](repeating: [Double](repeating: 0, count: width + 1), count: width)
        var totalWeight = 0.0
        for index in rows.indices {
            let row = rows[index]
            let weight = weights?[index] ?? 1
            totalWeight += weight
            for i in 0..<width {
                let weighted = weight * row[i]
                guard weighted != 0 else { continue }
                for j in i..<width { matrix[i][j] += weighted * row[j] }
                matrix[i][width] += weighted * targets[index]
            }
        }
        for i in 0..<width {
            for j in 0..<i { matrix[i][j] = matrix[j][i] }
            matrix[i][i] += ridge[i] * totalWeight
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
