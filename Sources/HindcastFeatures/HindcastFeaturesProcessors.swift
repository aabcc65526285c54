import HindcastCore

/// The processors this module contributes to the pipeline, in declaration order.
public enum HindcastFeaturesProcessors {
    public static let all: [any Processor] = [MLFeatureStoreProcessor()]
}
