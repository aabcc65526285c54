import HindcastCore

/// The processors this module contributes to the pipeline, in declaration order.
public enum HindcastAnalyticsProcessors {
    public static let all: [any Processor] = [
        TeamOffenseGameSummaryProcessor(), TeamDefenseGameSummaryProcessor(), PlayerGameSummaryProcessor(),
    ]
}
