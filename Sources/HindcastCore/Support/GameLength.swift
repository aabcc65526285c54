/// How long an NBA game lasts: 48 minutes of regulation plus 5 per overtime.
public enum GameLength {
    /// The game's length in minutes.
    public static func minutes(overtimes: Int) -> Int { 48 + 5 * overtimes }

    /// Overtimes estimated from one team's total player seconds when the schedule does not say:
    /// five players on court make 240 minutes a regulation game and 25 an overtime.
    public static func estimatedOvertimes(teamSeconds: Int) -> Int {
        max(0, Int((Double(teamSeconds - 240 * 60) / (25 * 60)).rounded()))
    }
}
