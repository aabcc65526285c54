/// Which line a prediction is compared with: an observed pre-game line (feature 25), else an
/// estimated line from the context row (never a bet), else none.
public struct LineChoice: Sendable, Equatable {
    public enum Source: String, Sendable, Codable {
        case observed, estimated, none
    }

    public let source: Source
    /// The observed line (`current_points_line`); `nil` unless `source` is observed.
    public let observedLine: Double?
    public let bookmaker: String?
    public let estimatedLine: Double?
    public let estimationMethod: String?

    /// The line edges are measured against: observed, else estimated.
    public var line: Double? { observedLine ?? estimatedLine }

    public init(observedLine: Double?, context: LineContext?) {
        self.observedLine = observedLine
        bookmaker = observedLine == nil ? nil : context?.bookmaker
        estimatedLine = context?.estimatedLine
        estimationMethod = context?.estimatedLine == nil ? nil : context?.estimationMethod
        if observedLine != nil {
            source = .observed
        } else if estimatedLine != nil {
            source = .estimated
        } else {
            source = .none
        }
    }
}
