import HindcastCore

/// The processors this module contributes to the pipeline, in declaration order.
public enum HindcastContextProcessors {
    public static let all: [any Processor] = [TeamContextProcessor(), PlayerContextProcessor()]
}
