import HindcastCore

/// The processors this module contributes to the pipeline, in declaration order.
public enum HindcastPredictProcessors {
    public static let all: [any Processor] = [PlayerPropPredictionsProcessor(), PredictionAccuracyProcessor()]
}
