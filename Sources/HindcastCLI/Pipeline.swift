import HindcastAnalytics
import HindcastContext
import HindcastCore
import HindcastFeatures
import HindcastPrecompute
import HindcastPredict

/// The one list of processors that make up the pipeline.
public enum Pipeline {
    /// Every processor, from every processor module, under the default profile.
    public static var processors: [any Processor] { processors(for: .standard) }

    /// Every processor as `profile` configures it: descriptors whose read windows follow the
    /// profile's settings (the predictions' grade window is its `ensemble_window_days`).
    public static func processors(for profile: Profile) -> [any Processor] {
        HindcastAnalyticsProcessors.all + HindcastContextProcessors.all + HindcastPrecomputeProcessors.all
            + HindcastFeaturesProcessors.all + HindcastPredictProcessors.all(for: profile)
    }

    /// The validated graph of every processor under the default profile (ids, order, display).
    public static func graph() throws -> ProcessorGraph {
        try ProcessorGraph(processors)
    }

    /// The validated graph of every processor as `profile` configures it: what plans and runs use.
    public static func graph(for profile: Profile) throws -> ProcessorGraph {
        try ProcessorGraph(processors(for: profile))
    }
}
