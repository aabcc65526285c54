import HindcastCore

/// The processors this module contributes to the pipeline, in declaration order.
public enum HindcastPredictProcessors {
    /// The processors under the default profile.
    public static let all: [any Processor] = all(for: .standard)

    /// The processors as `profile` configures them (the predictions' grade window is the profile's).
    public static func all(for profile: Profile) -> [any Processor] {
        [PlayerPropPredictionsProcessor(profile: profile), PredictionAccuracyProcessor()]
    }
}
