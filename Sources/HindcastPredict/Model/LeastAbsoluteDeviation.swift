/// Weighted least-absolute-deviation linear regression by iteratively reweighted least squares:
/// a fixed number of iterations from the least-squares start, so the same rows give the same fit.
enum LeastAbsoluteDeviation {
    struct Solution {
        let intercept: Double
        let coefficients: [Double]
    }

    /// Fits `targets ≈ intercept + design × coefficients` minimising Σ weight × |residual|.
    static func fit(_ design: [[Double]], targets: [Double], weights: [Double], iterations: Int = 60) -> Solution {
        let width = (design.first?.count ?? 0) + 1
        var beta = [Double](repeating: 0, count: width)
        var current = weights
        for iteration in 0...iterations {
            if iteration > 0 {
                for row in design.indices {
                    let residual = targets[row] - predict(beta, design[row])
                    current[row] = weights[row] / max(abs(residual), 1e-4)
                }
            }
            guard let next = solveWeighted(design, targets: targets, weights: current) else { break }
            beta = next
        }
        return Solution(intercept: beta[0], coefficients: Array(beta.dropFirst()))
    }

    /// The weighted median (lower median at an exact half).
    static func weightedMedian(_ values: [Double], weights: [Double]) -> Double {
        let order = values.indices.sorted { values[$0] != values[$1] ? values[$0] < values[$1] : $0 < $1 }
        let half = weights.reduce(0, +) / 2
        var running = 0.0
        for index in order {
            running += weights[index]
            if running >= half { return values[index] }
        }
        return values.last ?? 0
    }

    private static func predict(_ beta: [Double], _ row: [Double]) -> Double {
        var total = beta[0]
        for (index, value) in row.enumerated() { total += beta[index + 1] * value }
        return total
    }

    /// Weighted least squares with an intercept and a tiny ridge, by Gaussian elimination with
    /// partial pivoting; `nil` when the system is singular.
    private static func solveWeighted(_ design: [[Double]], targets: [Double], weights: [Double]) -> [Double]? {
        let width = (design.first?.count ?? 0) + 1
        var matrix = [Double](repeating: 0, count: width * width)
        var vector = [Double](repeating: 0, count: width)
        var x = [Double](repeating: 1, count: width)
        for row in design.indices {
            for column in 1..<width { x[column] = design[row][column - 1] }
            let weight = weights[row]
            for i in 0..<width {
                vector[i] += weight * x[i] * targets[row]
                for j in 0..<width { matrix[i * width + j] += weight * x[i] * x[j] }
            }
        }
        for i in 1..<width { matrix[i * width + i] += 1e-6 * max(1, matrix[i * width + i]) }
        for pivot in 0..<width {
            var best = pivot
            for row in pivot..<width where abs(matrix[row * width + pivot]) > abs(matrix[best * width + pivot]) {
                best = row
            }
            guard abs(matrix[best * width + pivot]) > 1e-12 else { return nil }
            if best != pivot {
                for column in 0..<width { matrix.swapAt(pivot * width + column, best * width + column) }
                vector.swapAt(pivot, best)
            }
            for row in (pivot + 1)..<width {
                let factor = matrix[row * width + pivot] / matrix[pivot * width + pivot]
                if factor == 0 { continue }
                for column in pivot..<width { matrix[row * width + column] -= factor * matrix[pivot * width + column] }
                vector[row] -= factor * vector[pivot]
            }
        }
        var solution = [Double](repeating: 0, count: width)
        for row in stride(from: width - 1, through: 0, by: -1) {
            var total = vector[row]
            for column in (row + 1)..<width { total -= matrix[row * width + column] * solution[column] }
            solution[row] = total / matrix[row * width + row]
        }
        return solution.allSatisfy(\.isFinite) ? solution : nil
    }
}
