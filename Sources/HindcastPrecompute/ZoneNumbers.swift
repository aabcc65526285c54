/// Rounding and ratios for the zone analyses' stored values.
enum ZoneNumbers {
    /// `value` rounded half away from zero to `places` decimals.
    static func round(_ value: Double, _ places: Int) -> Double {
        var scale = 1.0
        for _ in 0..<places { scale *= 10 }
        return (value * scale).rounded() / scale
    }

    /// `value` rounded, or `nil`.
    static func rounded(_ value: Double?, _ places: Int) -> Double? { value.map { round($0, places) } }

    /// `part / whole`, or `nil` when `whole` is 0.
    static func ratio(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }
}
