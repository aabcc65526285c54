/// Ratios and the one rounding `Rounding` lacks, for the zone analyses' stored values.
enum ZoneNumbers {
    /// `value` rounded half away from zero to four decimals (the league percentages).
    static func tenThousandth(_ value: Double) -> Double { (value * 10000).rounded() / 10000 }

    /// `part / whole`, or `nil` when `whole` is 0.
    static func ratio(_ part: Int, _ whole: Int) -> Double? { whole > 0 ? Double(part) / Double(whole) : nil }
}
