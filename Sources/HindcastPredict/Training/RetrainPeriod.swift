import HindcastCore

/// How often walk-forward retraining trains a new model over a range (`training.retrain`).
public enum RetrainPeriod: String, Sendable, CaseIterable {
    /// One model on the whole range.
    case none
    /// One model per Sunday (and the range's end).
    case weekly
    /// One model per month end (and the range's end).
    case monthly

    /// The training end dates over `range`: each period's last date inside the range, then the
    /// range's end; the first period end is at least `minimumDays` after the range's start (an
    /// earlier one would train on almost nothing). `none` gives the range's end only.
    public func periodEnds(_ range: DateRange, minimumDays: Int = 14) -> [GameDate] {
        var ends: [GameDate] = []
        if self != .none {
            var day = range.start.adding(days: minimumDays)
            while day < range.end {
                if isPeriodEnd(day) { ends.append(day) }
                day = day.adding(days: 1)
            }
        }
        ends.append(range.end)
        return ends
    }

    private static let aSunday = GameDate(year: 2021, month: 10, day: 17)!

    private func isPeriodEnd(_ day: GameDate) -> Bool {
        let next = day.adding(days: 1)
        switch self {
        case .none: return false
        case .weekly: return ((day.days(since: Self.aSunday) % 7) + 7) % 7 == 0
        case .monthly: return next.description.suffix(2) == "01"
        }
    }
}
