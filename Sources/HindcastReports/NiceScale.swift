import Foundation

/// An axis with round tick steps (1, 2, 2.5 or 5 times a power of ten), so values such as 4.72 and
/// 5.09 can be read off gridlines at 4.5, 5.0 and 5.5 rather than at 3.8 and 5.1.
struct NiceScale: Equatable {
    let lower: Double
    let upper: Double
    let step: Double

    /// A scale covering `minimum...maximum` with about `ticks` steps.
    init(minimum: Double, maximum: Double, ticks: Int = 8) {
        let low = min(minimum, maximum)
        let high = max(minimum, maximum)
        let span = high - low > 0 ? high - low : max(abs(high), 1)
        let raw = span / Double(max(ticks, 1))
        let magnitude = pow(10, floor(log10(raw)))
        // The round step nearest to the raw one on a log scale.
        let candidates = [1.0, 2.0, 2.5, 5.0, 10.0].map { $0 * magnitude }
        let step = candidates.min { abs(log($0 / raw)) < abs(log($1 / raw)) }!
        self.step = step
        lower = floor(low / step + 1e-9) * step
        let top = ceil(high / step - 1e-9) * step
        upper = top > lower ? top : lower + step
    }

    /// The tick values from `lower` to `upper`.
    var ticks: [Double] {
        let count = Int(((upper - lower) / step).rounded())
        return (0...count).map { lower + Double($0) * step }
    }

    /// Where `value` falls, from 0 (lower) to 1 (upper).
    func fraction(_ value: Double) -> Double { (value - lower) / (upper - lower) }

    /// A tick label with as many decimals as the step needs (`4.5`, `5`, `2.25`).
    func label(_ value: Double) -> String {
        func whole(_ x: Double) -> Bool { abs(x - x.rounded()) < 1e-6 }
        let decimals = whole(step) ? 0 : whole(step * 10) ? 1 : 2
        return String(format: "%.\(decimals)f", value)
    }
}
