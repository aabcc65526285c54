/// Rounding as the reference stores numbers (NUMERIC(5,1), NUMERIC(5,2), NUMERIC(5,3)).
public enum Rounding {
    public static func tenth(_ value: Double) -> Double { (value * 10).rounded() / 10 }
    public static func hundredth(_ value: Double) -> Double { (value * 100).rounded() / 100 }
    public static func thousandth(_ value: Double) -> Double { (value * 1000).rounded() / 1000 }
    /// To the nearest half point (lines are quoted in halves).
    public static func half(_ value: Double) -> Double { (value * 2).rounded() / 2 }
}
