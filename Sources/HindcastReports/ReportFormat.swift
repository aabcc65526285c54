/// How reporting commands render their output.
public enum ReportFormat: String, CaseIterable, Sendable {
    case table
    case json
    case csv
}
